package se.finsam.samverkansbot.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The meeting series, one per team. */
interface MeetingSeriesStore extends ListCrudRepository<MeetingSeries, Long> {

    Optional<MeetingSeries> findByTeamId(String teamId);

    List<MeetingSeries> findByPlannedUntilBefore(LocalDate date);

    /**
     * Locks the team's series so that concurrent requests fill its meetings one at a
     * time.
     */
    @Query("SELECT * FROM meeting_series WHERE team_id = :teamId FOR UPDATE")
    Optional<MeetingSeries> lockByTeamId(String teamId);

}
