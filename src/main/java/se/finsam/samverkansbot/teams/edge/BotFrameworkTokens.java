package se.finsam.samverkansbot.teams.edge;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Validation of the tokens the Bot Connector sends with every activity, as the Bot
 * Framework specifies it for channels: issuer {@code https://api.botframework.com},
 * audience the bot's app id, lifetime with five minutes' clock skew, an RSA signature by
 * a key from the Bot Framework's OpenID metadata that is endorsed for Teams, and (once
 * the activity is read) a {@code serviceurl} claim equal to the activity's serviceUrl.
 */
final class BotFrameworkTokens {

    static final String ISSUER = "https://api.botframework.com";

    static final String SERVICE_URL_CLAIM = "serviceurl";

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** How long the keys are used before they are read again. */
    static final Duration KEY_CACHE = Duration.ofHours(24);

    /**
     * Shortest time between two reads of the keys: a token with an unknown key id reads
     * them again (the Bot Framework rotated its keys), but at most twice per interval.
     */
    static final Duration REFETCH_INTERVAL = Duration.ofMinutes(1);

    /** How long the last keys read stay in use while the metadata cannot be read. */
    static final Duration OUTAGE_TOLERANCE = Duration.ofDays(5);

    private static final int HTTP_TIMEOUT_MILLIS = 5_000;

    private static final int HTTP_SIZE_LIMIT = 256 * 1024;

    private BotFrameworkTokens() {
    }

    /**
     * A decoder of the Bot Connector's tokens for one bot. Reads no keys until the first
     * token arrives.
     */
    static JwtDecoder decoder(BotFrameworkOpenIdMetadata metadata, String appId) {
        JWKSource<SecurityContext> fetched = JWKSourceBuilder
            .create(new TeamsSigningKeys(metadata.location(),
                    new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, HTTP_SIZE_LIMIT)))
            .cache(KEY_CACHE.toMillis(), HTTP_TIMEOUT_MILLIS * 3L)
            .refreshAheadCache(false)
            .rateLimited(REFETCH_INTERVAL.toMillis())
            .retrying(true)
            .outageTolerant(OUTAGE_TOLERANCE.toMillis())
            .build();
        JWKSource<SecurityContext> keys = (selector, context) -> {
            try {
                return fetched.get(selector, context);
            }
            catch (RateLimitReachedException recentlyRead) {
                // An unknown key id while the keys were just read: no such key, refused.
                return List.of();
            }
        };
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
            .jwsAlgorithm(SignatureAlgorithm.RS256)
            .jwsAlgorithm(SignatureAlgorithm.RS384)
            .jwsAlgorithm(SignatureAlgorithm.RS512)
            .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setAllowEmptyExpiryClaim(false);
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(lifetime,
                new JwtIssuerValidator(ISSUER), new JwtAudienceValidator(appId));
        decoder.setJwtValidator(claims);
        return new VerifiedTokens(decoder, claims);
    }

    /**
     * The identity the SDK's adapter expects for a validated token, if the token was
     * issued for this activity's serviceUrl.
     */
    static Optional<ClaimsIdentity> identity(Jwt token, Activity activity, String appId) {
        String serviceUrl = token.getClaimAsString(SERVICE_URL_CLAIM);
        if (serviceUrl == null || !serviceUrl.equals(activity.getServiceUrl())) {
            return Optional.empty();
        }
        Map<String, String> claims = new HashMap<>();
        token.getClaims().forEach((name, value) -> {
            if (value instanceof String text) {
                claims.put(name, text);
            }
        });
        claims.put(AuthenticationConstants.AUDIENCE_CLAIM, appId);
        claims.put("iss", ISSUER);
        return Optional.of(new ClaimsIdentity(ISSUER, "JWT", claims));
    }

    /** The identity of an unauthenticated activity (dev profile without an app id). */
    static ClaimsIdentity anonymous() {
        return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
    }

}
