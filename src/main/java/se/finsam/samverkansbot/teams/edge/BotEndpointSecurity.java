package se.finsam.samverkansbot.teams.edge;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards {@code /api/messages} only, as an OAuth2 resource server that
 * accepts the Bot Connector's tokens ({@link BotFrameworkTokens}); the endpoint then
 * checks the token's {@code serviceurl} against the activity. Authentication is off only
 * in the {@code dev} profile without {@code MicrosoftAppId}: outside {@code dev} the
 * application does not start without one. Every other path is left as it was (the chat
 * page, the privacy scan with its own key, the actuator on its own port).
 */
@Configuration(proxyBeanMethods = false)
class BotEndpointSecurity {

    static final String MESSAGES = "/api/messages";

    @Bean
    SecurityFilterChain botEndpointFilterChain(HttpSecurity http, BotCredentials credentials,
            BotFrameworkOpenIdMetadata metadata, Environment environment, MeterRegistry meters) {
        http.securityMatcher(MESSAGES)
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (authenticates(credentials, environment)) {
            AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            AuthenticationEntryPoint counted = (request, response, failure) -> {
                meters.counter("samverkansbot.activities", "type", "unknown", "outcome", "unauthenticated").increment();
                bearer.commence(request, response, failure);
            };
            http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
                .oauth2ResourceServer((server) -> server
                    .jwt((jwt) -> jwt.decoder(BotFrameworkTokens.decoder(metadata, credentials.appId())))
                    .authenticationEntryPoint(counted));
        }
        else {
            http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
        }
        return http.build();
    }

    @Bean
    BotFrameworkOpenIdMetadata botFrameworkOpenIdMetadata() {
        return BotFrameworkOpenIdMetadata.BOT_FRAMEWORK;
    }

    /**
     * Whether incoming activities need a token: always, except in the dev profile without
     * an app id.
     */
    static boolean authenticates(BotCredentials credentials, Environment environment) {
        return !(environment.acceptsProfiles(Profiles.of("dev")) && credentials.isBlank());
    }

}
