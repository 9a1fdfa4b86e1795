package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.Map;

import se.finsam.samverkansbot.testing.RunningBot;

/**
 * The forms pressed twice at once and again later, on PostgreSQL: its isolation and its
 * unique key decide which press does the work, so a form still acts once.
 */
class FormsPressedTwiceOnPostgresTests extends FormsPressedTwiceTests {

    @Override
    RunningBot start(Path dataDir) {
        return CaseTestBot.startOnPostgres(Map.of());
    }

}
