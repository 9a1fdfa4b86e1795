package se.finsam.samverkansbot.teams.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The validation of the Bot Connector's tokens against a local OpenID metadata document
 * and key set that count how often they are read: lifetime with clock skew, the Teams
 * endorsement of the signing key, and reading the keys again when an unknown key id
 * arrives, but not on every such token.
 */
class BotFrameworkTokensTests {

    private static final String APP_ID = "bot-app-id";

    private HttpServer server;

    private final List<Map<String, Object>> published = new ArrayList<>();

    private final AtomicInteger keySetReads = new AtomicInteger();

    private JwtDecoder decoder;

    @BeforeEach
    void serveMetadata() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/v1/.well-known/openidconfiguration", (exchange) -> respond(exchange, JSONObjectUtils
            .toJSONString(Map.of("issuer", BotFrameworkTokens.ISSUER, "jwks_uri", base + "/v1/.well-known/keys"))));
        server.createContext("/v1/.well-known/keys", (exchange) -> {
            keySetReads.incrementAndGet();
            respond(exchange, JSONObjectUtils.toJSONString(Map.of("keys", List.copyOf(published))));
        });
        server.start();
        decoder = BotFrameworkTokens
            .decoder(new BotFrameworkOpenIdMetadata(URI.create(base + "/v1/.well-known/openidconfiguration")), APP_ID);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void tokenSignedByAKeyEndorsedForTeamsIsAccepted() {
        KeyPair teams = publish("teams-key", List.of("msteams", "webchat"));

        Jwt token = decoder.decode(sign(teams, "teams-key", claims()));

        assertThat(token.getAudience()).containsExactly(APP_ID);
        assertThat(token.getClaimAsString("serviceurl")).isEqualTo("https://smba.trafficmanager.net/emea/");
    }

    @Test
    void lifetimeAllowsFiveMinutesOfClockSkewAndNoMore() {
        KeyPair teams = publish("teams-key", List.of("msteams"));
        Instant now = Instant.now();
        Duration hour = Duration.ofHours(1);
        Instant fourMinutesAgo = now.minusSeconds(4 * 60);
        Instant sixMinutesAgo = now.minusSeconds(6 * 60);
        Instant inFourMinutes = now.plusSeconds(4 * 60);
        Instant inSixMinutes = now.plusSeconds(6 * 60);

        assertThat(decoder.decode(sign(teams, "teams-key", claims(fourMinutesAgo.minus(hour), fourMinutesAgo))))
            .as("expired four minutes ago")
            .isNotNull();
        assertThat(decoder.decode(sign(teams, "teams-key", claims(inFourMinutes, inFourMinutes.plus(hour)))))
            .as("valid in four minutes")
            .isNotNull();
        assertThatThrownBy(
                () -> decoder.decode(sign(teams, "teams-key", claims(sixMinutesAgo.minus(hour), sixMinutesAgo))))
            .as("expired six minutes ago")
            .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(
                () -> decoder.decode(sign(teams, "teams-key", claims(inSixMinutes, inSixMinutes.plus(hour)))))
            .as("valid in six minutes")
            .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(sign(teams, "teams-key", claims().expirationTime(null))))
            .as("no expiry at all")
            .isInstanceOf(BadJwtException.class);
    }

    @Test
    void keysNotEndorsedForTeamsSignNothing() {
        KeyPair webchat = publish("webchat-key", List.of("webchat"));
        KeyPair unendorsed = publish("unendorsed-key", null);
        publish("teams-key", List.of("msteams"));

        assertThatThrownBy(() -> decoder.decode(sign(webchat, "webchat-key", claims())))
            .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(sign(unendorsed, "unendorsed-key", claims())))
            .isInstanceOf(BadJwtException.class);
    }

    @Test
    void anUnknownKeyIdReadsTheKeysAgainButNotOnEveryToken() {
        KeyPair first = publish("first-key", List.of("msteams"));
        assertThat(decoder.decode(sign(first, "first-key", claims()))).isNotNull();
        assertThat(keySetReads).hasValue(1);

        // The Bot Framework rotates its keys: a token signed with the new one gets
        // through.
        KeyPair rotated = publish("rotated-key", List.of("msteams"));
        assertThat(decoder.decode(sign(rotated, "rotated-key", claims()))).isNotNull();
        assertThat(keySetReads).hasValue(2);

        // Tokens naming keys that do not exist are refused without reading the keys
        // for each of them.
        KeyPair stranger = generate();
        for (int i = 0; i < 5; i++) {
            String keyId = "no-such-key-" + i;
            assertThatThrownBy(() -> decoder.decode(sign(stranger, keyId, claims())))
                .isInstanceOf(BadJwtException.class);
        }
        assertThat(keySetReads.get()).isLessThanOrEqualTo(3);
        assertThat(decoder.decode(sign(first, "first-key", claims()))).as("known keys still work").isNotNull();
    }

    @Test
    void onlyTheBotFrameworksOwnMetadataIsUsedByTheApplication() {
        assertThat(new BotEndpointSecurity().botFrameworkOpenIdMetadata().location())
            .hasToString("https://login.botframework.com/v1/.well-known/openidconfiguration");
        noClasses().that()
            .doNotHaveSimpleName(BotFrameworkOpenIdMetadata.class.getSimpleName())
            .should()
            .callConstructor(BotFrameworkOpenIdMetadata.class, URI.class)
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.finsam.samverkansbot"));
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return claims(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)));
    }

    /** A token as the Bot Connector issues it, valid from one instant to another. */
    private static JWTClaimsSet.Builder claims(Instant from, Instant until) {
        return new JWTClaimsSet.Builder().issuer(BotFrameworkTokens.ISSUER)
            .audience(APP_ID)
            .claim("serviceurl", "https://smba.trafficmanager.net/emea/")
            .issueTime(at(from))
            .notBeforeTime(at(from))
            .expirationTime(at(until));
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }

    private KeyPair publish(String keyId, List<String> endorsements) {
        KeyPair pair = generate();
        Map<String, Object> jwk = new java.util.LinkedHashMap<>(
                new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyID(keyId).build().toJSONObject());
        if (endorsements != null) {
            jwk.put("endorsements", endorsements);
        }
        published.add(jwk);
        return pair;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(KeyPair key, String keyId, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

}
