package se.finsam.samverkansbot.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fake connector's signing keys: one endorsed for Teams ({@code msteams}), one
 * endorsed only for another channel, and one the bot has never heard of (for forged
 * tokens).
 */
public final class TestKeys {

    public static final String TEAMS_KEY_ID = "test-teams-key";

    public static final String WEBCHAT_KEY_ID = "test-webchat-key";

    private final KeyPair teams;

    private final KeyPair webchat;

    private final KeyPair unknown;

    private TestKeys(KeyPair teams, KeyPair webchat, KeyPair unknown) {
        this.teams = teams;
        this.webchat = webchat;
        this.unknown = unknown;
    }

    static TestKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestKeys(generator.generateKeyPair(), generator.generateKeyPair(), generator.generateKeyPair());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    KeyPair teams() {
        return teams;
    }

    KeyPair webchat() {
        return webchat;
    }

    KeyPair unknown() {
        return unknown;
    }

    String jwks() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode jwks = json.createObjectNode();
        ArrayNode keys = jwks.putArray("keys");
        keys.add(jwk(json, TEAMS_KEY_ID, (RSAPublicKey) teams.getPublic(), "msteams"));
        keys.add(jwk(json, WEBCHAT_KEY_ID, (RSAPublicKey) webchat.getPublic(), "webchat"));
        return jwks.toString();
    }

    private static ObjectNode jwk(ObjectMapper json, String id, RSAPublicKey key, String endorsement) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode jwk = json.createObjectNode()
            .put("kty", "RSA")
            .put("use", "sig")
            .put("kid", id)
            .put("n", base64.encodeToString(unsigned(key.getModulus().toByteArray())))
            .put("e", base64.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        jwk.putArray("endorsements").add(endorsement);
        return jwk;
    }

    private static byte[] unsigned(byte[] bytes) {
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    static RSAPrivateKey privateKey(KeyPair pair) {
        return (RSAPrivateKey) pair.getPrivate();
    }

}
