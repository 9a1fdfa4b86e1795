package se.finsam.samverkansbot.privacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the privacy guard.
 *
 * @param allowedPhoneNumbers public switchboard and service numbers of organisations,
 * which are not a person's number; compared on their digits, with +46 and 0046 read as 0
 * @param allowedEmailAddresses public function mailboxes of organisations (exact
 * addresses, case-insensitive)
 * @param functionMailboxDomains domains (e.g. {@code hassleholm.se}) at which an address
 * whose local part is one of {@code functionMailboxNames} is a function mailbox, not a
 * person's address
 * @param functionMailboxNames local parts of function mailboxes, e.g.
 * {@code registrator}, {@code info}
 * @param scanApiKey outside the dev profile, {@code POST /api/privacy/scan} answers only
 * requests with {@code Authorization: Bearer <this key>}; without a key (or with one
 * shorter than 32 characters) the endpoint does not exist there. Set it from the
 * environment ({@code SAMVERKANSBOT_PRIVACY_SCAN_API_KEY}), never in a file.
 * @param maxScanRequestChars longest text {@code POST /api/privacy/scan} accepts
 * @param scanRequestsPerMinute how many scans {@code POST /api/privacy/scan} answers per
 * minute (per instance, all callers together); more are answered 429 with
 * {@code Retry-After}
 */
@ConfigurationProperties("samverkansbot.privacy")
public record PrivacyProperties(@DefaultValue List<String> allowedPhoneNumbers,
        @DefaultValue List<String> allowedEmailAddresses, @DefaultValue List<String> functionMailboxDomains,
        @DefaultValue List<String> functionMailboxNames, String scanApiKey,
        @DefaultValue("100000") int maxScanRequestChars, @DefaultValue("120") int scanRequestsPerMinute) {

    /** Shortest API key accepted for the scan endpoint. */
    public static final int MIN_API_KEY_LENGTH = 32;

    public PrivacyProperties {
        allowedPhoneNumbers = allowedPhoneNumbers == null ? List.of() : List.copyOf(allowedPhoneNumbers);
        allowedEmailAddresses = allowedEmailAddresses == null ? List.of() : List.copyOf(allowedEmailAddresses);
        functionMailboxDomains = functionMailboxDomains == null ? List.of() : List.copyOf(functionMailboxDomains);
        functionMailboxNames = functionMailboxNames == null ? List.of() : List.copyOf(functionMailboxNames);
        if (scanRequestsPerMinute < 1) {
            throw new IllegalArgumentException("samverkansbot.privacy.scan-requests-per-minute must be at least 1");
        }
    }

    /** No allow-lists, no API key: what unit tests start from. */
    public static PrivacyProperties empty() {
        return new PrivacyProperties(List.of(), List.of(), List.of(), List.of(), null, 100_000, 120);
    }

    /** True when an API key long enough to open the scan endpoint is configured. */
    public boolean hasScanApiKey() {
        return scanApiKey != null && scanApiKey.strip().length() >= MIN_API_KEY_LENGTH;
    }

    @Override
    public String toString() {
        return "PrivacyProperties[allowedPhoneNumbers=" + allowedPhoneNumbers + ", allowedEmailAddresses="
                + allowedEmailAddresses + ", functionMailboxDomains=" + functionMailboxDomains
                + ", functionMailboxNames=" + functionMailboxNames + ", scanApiKey="
                + (scanApiKey == null ? "none" : "***") + ", maxScanRequestChars=" + maxScanRequestChars
                + ", scanRequestsPerMinute=" + scanRequestsPerMinute + "]";
    }

}
