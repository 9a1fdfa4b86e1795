package se.finsam.samverkansbot.teams.edge;

import java.time.Instant;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Wires the Bot Framework SDK for outgoing calls. Authentication of incoming activities
 * ({@link BotEndpointSecurity}) is on whenever credentials are configured, and outside
 * the {@code dev} profile credentials and a tenant allow-list are mandatory: the
 * application refuses to start without them.
 */
@Configuration(proxyBeanMethods = false)
class BotFrameworkConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotFrameworkConfiguration.class);

    @Bean
    BotCredentials botCredentials(Environment environment, TeamsProperties properties,
            BotCertificateProperties certificate) {
        BotCredentials credentials = BotCredentials.from(environment);
        boolean dev = environment.acceptsProfiles(Profiles.of("dev"));
        if (!dev) {
            credentials.requireComplete(certificate.isSet());
            if (properties.allowedTenants().isEmpty()) {
                throw new TenantAllowListException();
            }
            StartupChecks.requireProductionDatabase(environment);
        }
        else {
            StartupChecks.requireDevSetup(environment, properties);
            if (!credentials.isBlank()) {
                credentials.requireComplete(certificate.isSet());
            }
            else {
                log.warn("Profile dev without MicrosoftAppId: incoming activities are NOT authenticated. "
                        + "Never run like this outside a developer's machine.");
            }
        }
        return credentials;
    }

    /**
     * Outgoing tokens from Microsoft Entra ID with the certificate when one is configured
     * (read and checked now, so that a wrong one stops the start), otherwise with the
     * client secret.
     */
    @Bean("outboundCredentials")
    OutboundCredentials botOutboundCredentials(BotCredentials credentials, BotCertificateProperties certificate) {
        if (!certificate.isSet()) {
            return outboundCredentials(credentials);
        }
        ClientCertificate loaded = ClientCertificate.load(certificate, Instant.now());
        log.info("Outgoing tokens are requested with the certificate {} (valid until {})",
                loaded.certificate().getSubjectX500Principal().getName(),
                loaded.certificate().getNotAfter().toInstant());
        return (appId, scope) -> new CertificateCredentials(appId, credentials.tokenTenant(), scope, loaded);
    }

    /** Outgoing tokens with the client secret ({@code MicrosoftAppPassword}). */
    OutboundCredentials outboundCredentials(BotCredentials credentials) {
        return (appId, scope) -> new MicrosoftAppCredentials(appId, credentials.appPassword(),
                credentials.tokenTenant(), scope);
    }

    @Bean
    TeamsAdapter teamsAdapter(BotCredentials credentials, OutboundCredentials outboundCredentials,
            TurnErrorHandler turnErrorHandler) {
        // Only for outgoing calls: incoming tokens are validated by Spring Security
        // (BotEndpointSecurity), never by the SDK.
        TeamsAdapter adapter = new TeamsAdapter(
                new SimpleCredentialProvider(credentials.appId(), credentials.appPassword()),
                new SimpleChannelProvider(), new AuthenticationConfiguration(), outboundCredentials);
        adapter.setOnTurnError(turnErrorHandler);
        return adapter;
    }

}
