package se.finsam.samverkansbot.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The items on the meetings' agendas. */
interface AgendaItems extends ListCrudRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdAndStatusOrderByPositionAsc(long meetingId, ItemStatus status);

    List<AgendaItem> findByMeetingIdInAndStatusOrderByPositionAsc(Collection<Long> meetingIds, ItemStatus status);

    List<AgendaItem> findByCaseIdAndStatus(long caseId, ItemStatus status);

    List<AgendaItem> findByCaseworkerIdAndStatus(String caseworkerId, ItemStatus status);

}
