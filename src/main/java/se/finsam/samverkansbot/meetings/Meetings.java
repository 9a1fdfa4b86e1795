package se.finsam.samverkansbot.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The planned (and cancelled) meetings. */
interface Meetings extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findBySeriesIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(long seriesId,
            LocalDate from);

    List<Meeting> findByTeamIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(String teamId,
            LocalDate from);

    List<Meeting> findByTeamIdAndMeetingDateLessThanEqualOrderByMeetingDateDescStartTimeDesc(String teamId,
            LocalDate to);

    Optional<Meeting> findBySeriesIdAndNominalDate(long seriesId, LocalDate nominalDate);

}
