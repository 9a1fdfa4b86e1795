package se.finsam.samverkansbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Samverkansboten: a Microsoft Teams bot for cross-agency consultation in
 * samordningsförbund.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkansbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkansbotApplication.class, args);
    }

}
