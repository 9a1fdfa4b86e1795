package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outgoing tokens with a certificate instead of a client secret: a self-signed
 * certificate made for the test (PKCS#12, and the same as PEM) proves the bot's identity
 * to a local stand-in for Microsoft Entra ID's token endpoint, which checks the client
 * assertion's signature against the certificate. Nothing goes to the internet. And the
 * start-up checks: a secret and a certificate together, neither, or a certificate that
 * cannot be used stop the start with a Swedish explanation.
 */
class CertificateCredentialsTests {

    private static final String APP_ID = "11111111-0000-0000-0000-00000000b07";

    private static final String TENANT = "22222222-0000-0000-0000-000000000001";

    private static final String PASSWORD = "test-only-pkcs12-password";

    private static final String ISSUED_TOKEN = "token-from-the-fake-entra-id";

    @TempDir
    static Path files;

    private HttpsServer entra;

    private SSLContext trustingEntra;

    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

    private Path botPkcs12;

    private X509Certificate botCertificate;

    @BeforeEach
    void startFakeEntraId() throws Exception {
        botPkcs12 = keytool("bot", "CN=Samverkansboten test", 30, null);
        botCertificate = (X509Certificate) load(botPkcs12).getCertificate("bot");

        Path serverPkcs12 = keytool("entra", "CN=127.0.0.1", 30, "IP:127.0.0.1");
        KeyStore serverStore = load(serverPkcs12);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverStore, PASSWORD.toCharArray());
        SSLContext serverSsl = SSLContext.getInstance("TLS");
        serverSsl.init(keys.getKeyManagers(), null, null);
        entra = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        entra.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
        entra.createContext("/", this::tokenEndpoint);
        entra.start();

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("entra", serverStore.getCertificate("entra"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        trustingEntra = SSLContext.getInstance("TLS");
        trustingEntra.init(null, trust.getTrustManagers(), null);
    }

    @AfterEach
    void stop() {
        entra.stop(0);
    }

    @Test
    void pkcs12CertificateGetsATokenWithAnAssertionSignedByItsKey() throws Exception {
        ClientCertificate certificate = ClientCertificate
            .load(new BotCertificateProperties(botPkcs12.toString(), PASSWORD, null, null), Instant.now());

        String token = credentials(certificate).getToken().get(30, TimeUnit.SECONDS);

        assertThat(token).isEqualTo(ISSUED_TOKEN);
        assertThat(tokenRequests).hasSize(1);
        Map<String, String> request = tokenRequests.get(0);
        assertThat(request).containsEntry("grant_type", "client_credentials")
            .containsEntry("client_id", APP_ID)
            .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            .doesNotContainKey("client_secret");
        assertThat(request.get("scope")).contains(AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
        assertThat(request.get("path")).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
        assertSignedByTheBotsCertificate(request.get("client_assertion"));
    }

    @Test
    void pemKeyAndCertificateGetATokenToo() throws Exception {
        KeyStore store = load(botPkcs12);
        Path key = files.resolve("bot-key.pem");
        Path chain = files.resolve("bot-cert.pem");
        Files.writeString(key,
                pem("PRIVATE KEY", ((PrivateKey) store.getKey("bot", PASSWORD.toCharArray())).getEncoded()));
        Files.writeString(chain, pem("CERTIFICATE", botCertificate.getEncoded()));
        ClientCertificate certificate = ClientCertificate
            .load(new BotCertificateProperties(null, null, key.toString(), chain.toString()), Instant.now());

        String token = credentials(certificate).getToken().get(30, TimeUnit.SECONDS);

        assertThat(token).isEqualTo(ISSUED_TOKEN);
        assertSignedByTheBotsCertificate(tokenRequests.get(0).get("client_assertion"));
    }

    @Test
    void theOutgoingCredentialsUseTheCertificateWhenOneIsConfigured() {
        BotCredentials credentials = new BotCredentials(APP_ID, null, BotCredentials.AppType.SINGLE_TENANT, TENANT);

        AppCredentials outbound = new BotFrameworkConfiguration()
            .botOutboundCredentials(credentials,
                    new BotCertificateProperties(botPkcs12.toString(), PASSWORD, null, null))
            .create(APP_ID, AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);

        assertThat(outbound).isInstanceOf(CertificateCredentials.class);
        assertThat(outbound.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/" + TENANT);
    }

    @Test
    void aSecretAndACertificateTogetherOrNeitherStopTheStart() {
        BotCredentials both = BotCredentials.from(new MockEnvironment().withProperty("MicrosoftAppId", APP_ID)
            .withProperty("MicrosoftAppPassword", "secret"));
        BotCredentials neither = BotCredentials.from(new MockEnvironment().withProperty("MicrosoftAppId", APP_ID));

        assertThatThrownBy(() -> both.requireComplete(true)).isInstanceOfSatisfying(BotCredentialsException.class,
                (e) -> assertThat(e.problems()).containsExactly("både MicrosoftAppPassword (klienthemlighet) och "
                        + "samverkansbot.teams.certificate (certifikat) är angivna: ange bara det ena"));
        assertThatThrownBy(() -> neither.requireComplete(false)).isInstanceOfSatisfying(BotCredentialsException.class,
                (e) -> assertThat(e.problems()).singleElement()
                    .asString()
                    .contains("MicrosoftAppPassword saknas", "samverkansbot.teams.certificate"));
        neither.requireComplete(true);
        both.requireComplete(false);
    }

    @Test
    void aCertificateThatCannotBeUsedIsExplainedInSwedish() throws Exception {
        Instant now = Instant.now();
        Path expired = keytool("expired", "CN=Utgånget", 1, null);

        assertThat(problemsOf(new BotCertificateProperties(botPkcs12.toString(), null, null, null), now))
            .containsExactly("samverkansbot.teams.certificate.password saknas (lösenordet till PKCS#12-filen)");
        assertThat(problemsOf(new BotCertificateProperties(botPkcs12.toString(), "wrong-password", null, null), now))
            .singleElement()
            .asString()
            .contains("kunde inte läsas", botPkcs12.toString())
            .doesNotContain("wrong-password");
        assertThat(problemsOf(new BotCertificateProperties(null, null, botPkcs12.toString(), null), now))
            .containsExactly("samverkansbot.teams.certificate.chain saknas (certifikatet i PEM-format)");
        assertThat(problemsOf(new BotCertificateProperties(botPkcs12.toString(), PASSWORD, "key.pem", null), now))
            .singleElement()
            .asString()
            .contains("ange bara det ena");
        assertThat(problemsOf(new BotCertificateProperties(expired.toString(), PASSWORD, null, null),
                now.plusSeconds(3 * 24 * 3600)))
            .singleElement()
            .asString()
            .contains("gick ut");
    }

    private static List<String> problemsOf(BotCertificateProperties properties, Instant now) {
        try {
            ClientCertificate.load(properties, now);
            return List.of();
        }
        catch (BotCredentialsException refused) {
            return refused.problems();
        }
    }

    private CertificateCredentials credentials(ClientCertificate certificate) {
        String authority = "https://127.0.0.1:" + entra.getAddress().getPort() + "/" + TENANT + "/";
        return new CertificateCredentials(APP_ID, TENANT, AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
                certificate, (client) -> {
                    try {
                        return client.authority(authority)
                            .instanceDiscovery(false)
                            .validateAuthority(false)
                            .sslSocketFactory(trustingEntra.getSocketFactory());
                    }
                    catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private void assertSignedByTheBotsCertificate(String assertion) throws Exception {
        SignedJWT jwt = SignedJWT.parse(assertion);
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) botCertificate.getPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(APP_ID);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(APP_ID);
        assertThat(jwt.getJWTClaimsSet().getAudience().get(0)).endsWith("/" + TENANT + "/oauth2/v2.0/token");
        byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(botCertificate.getEncoded());
        assertThat(jwt.getHeader().getX509CertSHA256Thumbprint().decode()).isEqualTo(thumbprint);
        assertThat(jwt.getHeader().getX509CertChain()).as("certificate sent along (x5c)").isNotEmpty();
    }

    /** Plays Microsoft Entra ID's token endpoint: records the request, issues a token. */
    private void tokenEndpoint(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        try (InputStream in = exchange.getRequestBody()) {
            for (String pair : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2) {
                    form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                            URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
        }
        form.put("path", exchange.getRequestURI().getPath());
        boolean token = "POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().endsWith("/oauth2/v2.0/token");
        if (token) {
            tokenRequests.add(form);
        }
        byte[] body = (token ? "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
                + "\"access_token\":\"" + ISSUED_TOKEN + "\"}" : "{}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(token ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /**
     * A new self-signed certificate and its key in a PKCS#12 file, made by the JDK's
     * keytool.
     */
    private static Path keytool(String alias, String subject, int days, String subjectAlternativeName)
            throws IOException, InterruptedException {
        Path store = Files.createTempFile(files, alias, ".p12");
        Files.delete(store);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", alias,
                "-keyalg", "RSA", "-keysize", "2048", "-dname", subject, "-validity", String.valueOf(days),
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (subjectAlternativeName != null) {
            command.addAll(List.of("-ext", "SAN=" + subjectAlternativeName));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return store;
    }

    private static KeyStore load(Path pkcs12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

}
