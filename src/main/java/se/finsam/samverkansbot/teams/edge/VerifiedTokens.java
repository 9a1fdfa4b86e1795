package se.finsam.samverkansbot.teams.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the Bot Connector's tokens whose signature was verified, by their exact text:
 * the connector sends one token with many activities until it expires, and checking its
 * RSA signature again for each of them was a good part of a turn's time. The claims
 * (lifetime with clock skew, issuer, audience) are checked again on every use, so an
 * expired token is refused as before; only tokens that passed every check are kept, at
 * most {@link #CAPACITY}. A token stays verified no longer than it lives, which is within
 * the time the signing keys themselves are kept ({@link BotFrameworkTokens}).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 1000;

    private final JwtDecoder decoder;

    private final OAuth2TokenValidator<Jwt> claims;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param decoder verifies the signature and the claims
     * @param claims the claims' checks the decoder makes, made again on each reuse
     */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> claims) {
        this.decoder = decoder;
        this.claims = claims;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!claims.validate(known).hasErrors()) {
                return known;
            }
            // No longer valid: forgotten, and refused by the decoder as any such token.
            verified.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }

}
