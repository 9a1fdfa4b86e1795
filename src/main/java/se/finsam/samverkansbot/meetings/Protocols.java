package se.finsam.samverkansbot.meetings;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The meetings' protocols, one per meeting. */
interface Protocols extends ListCrudRepository<MeetingProtocol, Long> {

    Optional<MeetingProtocol> findByMeetingId(long meetingId);

}
