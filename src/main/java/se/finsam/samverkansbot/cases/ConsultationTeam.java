package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A konsultationsteam: a team in Teams the bot is installed in, the channel where new
 * cases are posted, and the kommuner whose cases it takes. A kommun belongs to at most
 * one team.
 */
public class ConsultationTeam {

    @Id
    private Long id;

    private String teamId;

    private String channelId;

    private String name;

    private String kommuner;

    private String setUpBy;

    private Instant updatedAt;

    ConsultationTeam() {
    }

    ConsultationTeam(String teamId) {
        this.teamId = teamId;
        this.kommuner = "";
    }

    void setUp(String channelId, String name, List<Kommun> covered, String by, Instant now) {
        this.channelId = channelId;
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        this.kommuner = covered.stream().map(Kommun::name).distinct().collect(Collectors.joining(","));
        this.setUpBy = by;
        this.updatedAt = now;
    }

    /** Gives up a kommun another team takes over; true if this team covered it. */
    boolean release(Kommun kommun, Instant now) {
        List<Kommun> covered = new ArrayList<>(kommuner());
        boolean removed = covered.remove(kommun);
        if (removed) {
            this.kommuner = covered.stream().map(Kommun::name).collect(Collectors.joining(","));
            this.updatedAt = now;
        }
        return removed;
    }

    public String teamId() {
        return teamId;
    }

    public String channelId() {
        return channelId;
    }

    public String name() {
        return name;
    }

    public List<Kommun> kommuner() {
        return Arrays.stream(kommuner.split(",")).filter(name -> !name.isBlank()).map(Kommun::new).toList();
    }

    public boolean covers(Kommun kommun) {
        return kommuner().contains(kommun);
    }

    /** Who set the team up in chat (an admin or coordinator), if anyone did. */
    public String setUpBy() {
        return setUpBy;
    }

    @Override
    public String toString() {
        return "ConsultationTeam[" + teamId + "]";
    }

}
