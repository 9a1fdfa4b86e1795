package se.finsam.samverkansbot.teams.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.GovernmentChannelValidation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Incoming tokens are validated against the Bot Framework's own OpenID metadata: the
 * application holds no way to point validation at other keys (the test hook that does so
 * lives in the tests), so no setting of a deployed jar can.
 */
class TokenValidationSetupTests {

    @Test
    void applicationCodeNeverRepointsTokenValidation() {
        noClasses().should()
            .callMethod(ChannelValidation.class, "setOpenIdMetaDataUrl", String.class)
            .orShould()
            .callMethod(GovernmentChannelValidation.class, "setOpenIdMetaDataUrl", String.class)
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.finsam.samverkansbot"));
    }

}
