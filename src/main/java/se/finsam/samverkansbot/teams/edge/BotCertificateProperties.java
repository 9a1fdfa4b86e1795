package se.finsam.samverkansbot.teams.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * A certificate the bot proves its identity with when it asks Microsoft Entra ID for
 * tokens, instead of a client secret ({@code MicrosoftAppPassword}): either a PKCS#12
 * file with its password, or a PEM private key with its PEM certificate (chain). The
 * certificate's public part is uploaded to the bot's app registration.
 *
 * @param pkcs12 path of a PKCS#12 file ({@code .p12}, {@code .pfx}) holding the private
 * key and its certificate
 * @param password the PKCS#12 file's password, or the PEM private key's if it is
 * encrypted
 * @param privateKey path of a PEM private key (PKCS#8 or PKCS#1)
 * @param chain path of the PEM certificate of that key, optionally followed by its
 * issuers
 */
@ConfigurationProperties("samverkansbot.teams.certificate")
public record BotCertificateProperties(String pkcs12, String password, String privateKey, String chain) {

    /** Whether any part of a certificate is configured. */
    boolean isSet() {
        return StringUtils.hasText(pkcs12) || StringUtils.hasText(privateKey) || StringUtils.hasText(chain);
    }

    @Override
    public String toString() {
        return "BotCertificateProperties[pkcs12=" + pkcs12 + ", privateKey=" + privateKey + ", chain=" + chain
                + ", password=" + (StringUtils.hasText(password) ? "***" : "<none>") + "]";
    }

}
