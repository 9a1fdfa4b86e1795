package se.finsam.samverkansbot.teams.devchat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's script, styles and the vendored Adaptive Cards renderer from
 * {@code classpath:devchat/}. Not a static-resource folder on purpose: those are served
 * in every profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
class DevChatResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/dev/chat/assets/**").addResourceLocations("classpath:/devchat/");
    }

    /**
     * The {@link LocalConnector} gets the ids of channel threads in its paths, and Teams
     * writes them with a semicolon ({@code 19:…@thread.tacv2;messageid=…}), which Spring
     * Security's firewall refuses by default. Only in the dev profile, where the local
     * connector exists.
     */
    @Bean
    WebSecurityCustomizer localConnectorThreadIds() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowSemicolon(true);
        return (web) -> web.httpFirewall(firewall);
    }

}
