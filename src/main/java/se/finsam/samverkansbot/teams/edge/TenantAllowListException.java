package se.finsam.samverkansbot.teams.edge;

import java.util.List;

/**
 * Outside the dev profile an empty tenant allow-list is a configuration error, reported
 * at start-up.
 */
class TenantAllowListException extends BotCredentialsException {

    TenantAllowListException() {
        super(List.of("samverkansbot.teams.allowed-tenants är tom: ange förbundets tenant-id "
                + "(Microsoft Entra), annars skulle boten svara användare i vilken organisation som helst"));
    }

}
