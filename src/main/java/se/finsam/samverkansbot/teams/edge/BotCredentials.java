package se.finsam.samverkansbot.teams.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The bot's Azure registration, read from the conventional Bot Framework settings
 * (environment variables or properties): {@code MicrosoftAppId},
 * {@code MicrosoftAppPassword}, {@code MicrosoftAppType} ({@code MultiTenant} or
 * {@code SingleTenant}) and {@code MicrosoftAppTenantId} (required for
 * {@code SingleTenant}).
 */
public record BotCredentials(String appId, String appPassword, AppType appType, String tenantId) {

    enum AppType {

        MULTI_TENANT, SINGLE_TENANT, USER_ASSIGNED_MSI;

        static AppType parse(String value) {
            if (!StringUtils.hasText(value)) {
                return MULTI_TENANT;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "multitenant" -> MULTI_TENANT;
                case "singletenant" -> SINGLE_TENANT;
                case "userassignedmsi" -> USER_ASSIGNED_MSI;
                default -> throw new BotCredentialsException(
                        List.of("MicrosoftAppType har ett okänt värde; tillåtna är MultiTenant och SingleTenant"));
            };
        }

    }

    static BotCredentials from(Environment environment) {
        return new BotCredentials(trimmed(environment.getProperty("MicrosoftAppId")),
                trimmed(environment.getProperty("MicrosoftAppPassword")),
                AppType.parse(environment.getProperty("MicrosoftAppType")),
                trimmed(environment.getProperty("MicrosoftAppTenantId")));
    }

    public boolean isBlank() {
        return !StringUtils.hasText(appId);
    }

    /**
     * The tenant to request outgoing tokens from: the bot's own for a single-tenant
     * registration.
     */
    String tokenTenant() {
        return appType == AppType.SINGLE_TENANT ? tenantId : null;
    }

    /**
     * Fails with every missing setting named when the credentials cannot authenticate a
     * production bot.
     */
    void requireComplete() {
        requireComplete(false);
    }

    /**
     * As {@link #requireComplete()}, where a certificate
     * ({@code samverkansbot.teams.certificate}) may take the client secret's place, but
     * not stand beside it.
     */
    void requireComplete(boolean certificate) {
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(appId)) {
            problems.add("MicrosoftAppId saknas (botregistreringens app-id i Azure)");
        }
        if (appType == AppType.USER_ASSIGNED_MSI) {
            problems.add("MicrosoftAppType=UserAssignedMSI stöds inte; använd MultiTenant eller SingleTenant "
                    + "med en klienthemlighet eller ett certifikat");
        }
        else if (!StringUtils.hasText(appPassword) && !certificate) {
            problems.add("MicrosoftAppPassword saknas (klienthemligheten för botregistreringen), och inget "
                    + "certifikat är angivet i samverkansbot.teams.certificate: ange det ena");
        }
        else if (StringUtils.hasText(appPassword) && certificate) {
            problems.add("både MicrosoftAppPassword (klienthemlighet) och samverkansbot.teams.certificate "
                    + "(certifikat) är angivna: ange bara det ena");
        }
        if (appType == AppType.SINGLE_TENANT && !StringUtils.hasText(tenantId)) {
            problems.add("MicrosoftAppTenantId saknas, och krävs när MicrosoftAppType=SingleTenant");
        }
        if (!problems.isEmpty()) {
            throw new BotCredentialsException(problems);
        }
    }

    @Override
    public String toString() {
        return "BotCredentials[appId=" + appId + ", appType=" + appType + ", tenantId=" + tenantId + ", appPassword="
                + (StringUtils.hasText(appPassword) ? "***" : "<none>") + "]";
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
