package se.finsam.testhooks;

import java.util.Date;
import java.util.concurrent.CompletableFuture;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.finsam.samverkansbot.teams.edge.OutboundCredentials;

/**
 * For tests that run the packaged jar as a process in production mode against a local
 * fake connector: outgoing calls carry a fixed token instead of asking Microsoft Entra
 * ID. Not part of the application: {@code PackagedBot} puts this class on the process's
 * loader path together with an auto-configuration import naming it. It lives outside the
 * application's packages so that component scanning in the in-process tests never finds
 * it.
 */
@AutoConfiguration
public class FixedOutboundTokenConfiguration {

    public static final String TOKEN = "packaged-test-token";

    @Bean
    @Primary
    OutboundCredentials fixedOutboundToken() {
        return withToken(TOKEN);
    }

    /** Credentials that authenticate every outgoing call with this token. */
    public static OutboundCredentials withToken(String token) {
        return (appId, scope) -> new FixedTokenCredentials(appId, scope, token);
    }

    private static final class FixedTokenCredentials extends AppCredentials {

        private final String token;

        FixedTokenCredentials(String appId, String scope, String token) {
            super(null, scope);
            this.token = token;
            setAppId(appId);
        }

        @Override
        protected Authenticator buildAuthenticator() {
            return () -> CompletableFuture.completedFuture(new FixedToken(token));
        }

    }

    private record FixedToken(String token) implements IAuthenticationResult {

        @Override
        public String accessToken() {
            return token;
        }

        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return "test";
        }

        @Override
        public String scopes() {
            return "";
        }

        @Override
        public Date expiresOnDate() {
            return new Date(System.currentTimeMillis() + 3_600_000);
        }

    }

}
