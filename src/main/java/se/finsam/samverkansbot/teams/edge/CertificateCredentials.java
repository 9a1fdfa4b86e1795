package se.finsam.samverkansbot.teams.edge;

import java.net.MalformedURLException;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;

/**
 * Outgoing credentials that prove the bot's identity to Microsoft Entra ID with a
 * certificate (a client assertion signed by its private key, the certificate sent along
 * for subject name and issuer authentication) instead of a client secret. MSAL4J asks for
 * the tokens and keeps them until they are about to expire.
 */
final class CertificateCredentials extends AppCredentials {

    private final ClientCertificate certificate;

    private final UnaryOperator<ConfidentialClientApplication.Builder> client;

    CertificateCredentials(String appId, String tenant, String scope, ClientCertificate certificate) {
        this(appId, tenant, scope, certificate, UnaryOperator.identity());
    }

    /**
     * With a last say over the MSAL client (tests point it at a local token endpoint).
     */
    CertificateCredentials(String appId, String tenant, String scope, ClientCertificate certificate,
            UnaryOperator<ConfidentialClientApplication.Builder> client) {
        super(tenant, scope);
        setAppId(appId);
        this.certificate = certificate;
        this.client = client;
    }

    @Override
    protected Authenticator buildAuthenticator() throws MalformedURLException {
        ConfidentialClientApplication app = client
            .apply(ConfidentialClientApplication.builder(getAppId(), certificate.msalCredential())
                .authority(oAuthEndpoint())
                .sendX5c(true))
            .build();
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(oAuthScope())).build();
        return () -> app.acquireToken(parameters).exceptionally((failure) -> {
            throw new AuthenticationException(failure);
        });
    }

}
