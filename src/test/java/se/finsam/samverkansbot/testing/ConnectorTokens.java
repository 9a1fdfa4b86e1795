package se.finsam.samverkansbot.testing;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

/**
 * Tokens as the Bot Connector signs them for a bot, and the ways they can be wrong.
 * Defaults: issuer {@code https://api.botframework.com}, audience the bot's app id, the
 * activity's serviceUrl as claim, signed with the Teams-endorsed key, valid for an hour.
 */
public final class ConnectorTokens {

    public static final String ISSUER = "https://api.botframework.com";

    private String issuer = ISSUER;

    private String audience;

    private String serviceUrl;

    private String keyId = TestKeys.TEAMS_KEY_ID;

    private KeyPair key;

    private Instant expires = Instant.now().plus(Duration.ofHours(1));

    private ConnectorTokens(String audience, String serviceUrl, KeyPair key) {
        this.audience = audience;
        this.serviceUrl = serviceUrl;
        this.key = key;
    }

    public static ConnectorTokens valid(String appId, String serviceUrl) {
        return new ConnectorTokens(appId, serviceUrl, FakeConnector.get().keys().teams());
    }

    public ConnectorTokens issuer(String value) {
        issuer = value;
        return this;
    }

    public ConnectorTokens audience(String value) {
        audience = value;
        return this;
    }

    public ConnectorTokens serviceUrl(String value) {
        serviceUrl = value;
        return this;
    }

    public ConnectorTokens expiredAt(Instant value) {
        expires = value;
        return this;
    }

    /**
     * Same key id as the real key, but signed with a key the connector never published: a
     * forgery.
     */
    public ConnectorTokens forged() {
        key = FakeConnector.get().keys().unknown();
        return this;
    }

    /** Signed with a genuine key that is endorsed for another channel than Teams. */
    public ConnectorTokens endorsedForWebchatOnly() {
        key = FakeConnector.get().keys().webchat();
        keyId = TestKeys.WEBCHAT_KEY_ID;
        return this;
    }

    public String sign() {
        Instant issued = expires.minus(Duration.ofHours(1));
        return JWT.create()
            .withKeyId(keyId)
            .withIssuer(issuer)
            .withAudience(audience)
            .withClaim("serviceurl", serviceUrl)
            .withIssuedAt(Date.from(issued))
            .withNotBefore(Date.from(issued))
            .withExpiresAt(Date.from(expires))
            .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), TestKeys.privateKey(key)));
    }

    public String header() {
        return "Bearer " + sign();
    }

}
