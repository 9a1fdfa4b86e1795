package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCertificate;
import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.util.StringUtils;

/**
 * The bot's certificate credential, read once at start-up from
 * {@link BotCertificateProperties}: a private key and its certificate chain. Whatever is
 * wrong with the configuration or the files is reported in Swedish, all at once, and the
 * application does not start.
 */
final class ClientCertificate {

    private final PrivateKey privateKey;

    private final List<X509Certificate> chain;

    private ClientCertificate(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    static ClientCertificate load(BotCertificateProperties properties, Instant now) {
        List<String> problems = new ArrayList<>();
        boolean pkcs12 = StringUtils.hasText(properties.pkcs12());
        boolean pem = StringUtils.hasText(properties.privateKey()) || StringUtils.hasText(properties.chain());
        if (pkcs12 && pem) {
            problems.add("samverkansbot.teams.certificate anger både en PKCS#12-fil (pkcs12) och PEM-filer "
                    + "(private-key, chain): ange bara det ena");
        }
        else if (pkcs12 && !StringUtils.hasText(properties.password())) {
            problems.add("samverkansbot.teams.certificate.password saknas (lösenordet till PKCS#12-filen)");
        }
        else if (pem && !StringUtils.hasText(properties.privateKey())) {
            problems.add("samverkansbot.teams.certificate.private-key saknas (den privata nyckeln i PEM-format)");
        }
        else if (pem && !StringUtils.hasText(properties.chain())) {
            problems.add("samverkansbot.teams.certificate.chain saknas (certifikatet i PEM-format)");
        }
        if (!problems.isEmpty()) {
            throw new BotCredentialsException(problems);
        }
        ClientCertificate certificate = pkcs12 ? fromPkcs12(properties) : fromPem(properties);
        X509Certificate own = certificate.chain.get(0);
        if (own.getNotAfter().toInstant().isBefore(now)) {
            throw new BotCredentialsException(List.of("certifikatet i samverkansbot.teams.certificate gick ut "
                    + own.getNotAfter().toInstant() + "; skapa ett nytt och ladda upp det i appregistreringen"));
        }
        return certificate;
    }

    private static ClientCertificate fromPkcs12(BotCertificateProperties properties) {
        Path file = Path.of(properties.pkcs12());
        char[] password = properties.password().toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    return new ClientCertificate(privateKey,
                            Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                }
            }
            throw unreadable("PKCS#12-filen " + file + " innehåller ingen privat nyckel med certifikat");
        }
        catch (IOException | GeneralSecurityException | ClassCastException ex) {
            throw unreadable("PKCS#12-filen " + file
                    + " kunde inte läsas (finns den, och stämmer samverkansbot.teams.certificate.password?)");
        }
    }

    private static ClientCertificate fromPem(BotCertificateProperties properties) {
        Path keyFile = Path.of(properties.privateKey());
        Path chainFile = Path.of(properties.chain());
        PrivateKey key;
        try {
            PemContent content = PemContent.load(keyFile);
            key = StringUtils.hasText(properties.password()) ? content.getPrivateKey(properties.password())
                    : content.getPrivateKey();
        }
        catch (IOException | RuntimeException ex) {
            throw unreadable("den privata nyckeln i " + keyFile + " kunde inte läsas som PEM");
        }
        List<X509Certificate> chain;
        try {
            chain = PemContent.load(chainFile).getCertificates();
        }
        catch (IOException | RuntimeException ex) {
            throw unreadable("certifikatet i " + chainFile + " kunde inte läsas som PEM");
        }
        if (key == null) {
            throw unreadable(keyFile + " innehåller ingen privat nyckel");
        }
        if (chain == null || chain.isEmpty()) {
            throw unreadable(chainFile + " innehåller inget certifikat");
        }
        return new ClientCertificate(key, chain);
    }

    private static BotCredentialsException unreadable(String problem) {
        return new BotCredentialsException(List.of(problem));
    }

    /** The credential MSAL signs its client assertions with. */
    IClientCertificate msalCredential() {
        return ClientCredentialFactory.createFromCertificateChain(privateKey, chain);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "ClientCertificate[" + certificate().getSubjectX500Principal().getName() + "]";
    }

}
