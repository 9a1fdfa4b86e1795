package se.finsam.samverkansbot.teams.devchat;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
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

}
