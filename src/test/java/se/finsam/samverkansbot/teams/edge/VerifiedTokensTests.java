package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token the Bot Connector sends again is not verified again, but its lifetime is
 * checked on every use: once expired (beyond the clock skew) it is refused as any expired
 * token.
 */
class VerifiedTokensTests {

    private static final Instant ISSUED = Instant.parse("2026-12-03T10:00:00Z");

    private Instant now = ISSUED.plusSeconds(60);

    private final List<String> verifications = new ArrayList<>();

    private final JwtTimestampValidator lifetime = new JwtTimestampValidator(BotFrameworkTokens.CLOCK_SKEW);

    private final JwtDecoder verifying = (token) -> {
        verifications.add(token);
        Jwt jwt = Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .issuedAt(ISSUED)
            .expiresAt(ISSUED.plus(Duration.ofHours(1)))
            .claim("serviceurl", "https://smba.trafficmanager.net/emea/")
            .build();
        OAuth2TokenValidatorResult result = lifetime.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("expired", result.getErrors());
        }
        return jwt;
    };

    VerifiedTokensTests() {
        lifetime.setClock(new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifying, lifetime);

        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(again.getClaimAsString("serviceurl")).isEqualTo(first.getClaimAsString("serviceurl"));
        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() {
        VerifiedTokens tokens = new VerifiedTokens(verifying, lifetime);
        tokens.decode("token-a");

        now = ISSUED.plus(Duration.ofHours(1)).plus(BotFrameworkTokens.CLOCK_SKEW).minusSeconds(1);
        assertThat(tokens.decode("token-a")).as("within the clock skew").isNotNull();

        now = ISSUED.plus(Duration.ofHours(1)).plus(BotFrameworkTokens.CLOCK_SKEW).plusSeconds(1);
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
    }

}
