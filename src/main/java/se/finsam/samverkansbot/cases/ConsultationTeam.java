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
 * one team. A team whose channel or bot is gone gives up its kommuner; an archived team
 * keeps them but takes no cases until it is unarchived.
 */
public class ConsultationTeam {

    @Id
    private Long id;

    private String teamId;

    private String channelId;

    private String name;

    private String kommuner;

    private String setUpBy;

    private boolean archived;

    private String channelName;

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
        // Someone set it up from its channel, so it is not archived.
        this.archived = false;
        this.updatedAt = now;
    }

    /** Gives up every kommun (the team's channel or the bot is gone); returns them. */
    List<Kommun> releaseAll(Instant now) {
        List<Kommun> had = kommuner();
        this.kommuner = "";
        this.updatedAt = now;
        return had;
    }

    /** Archived or unarchived in Teams; true if that changed anything. */
    boolean archive(boolean archived, Instant now) {
        if (this.archived == archived) {
            return false;
        }
        this.archived = archived;
        this.updatedAt = now;
        return true;
    }

    /** Its case channel was renamed; true if {@code channelId} is that channel. */
    boolean channelRenamed(String channelId, String name, Instant now) {
        if (channelId == null || !channelId.equals(this.channelId) || name == null || name.isBlank()) {
            return false;
        }
        this.channelName = name.strip();
        this.updatedAt = now;
        return true;
    }

    void renamed(String name, Instant now) {
        if (name != null && !name.isBlank()) {
            this.name = name.strip();
            this.updatedAt = now;
        }
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

    /** Whether new cases of its kommuner go to it: not while the team is archived. */
    public boolean takesCases() {
        return !archived && !kommuner.isBlank();
    }

    public boolean archived() {
        return archived;
    }

    /** The name of the channel cases are posted in, once Teams told it (on a rename). */
    public String channelName() {
        return channelName;
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
