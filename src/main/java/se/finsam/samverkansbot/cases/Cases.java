package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The consultation cases. */
interface Cases extends ListCrudRepository<ConsultationCase, Long> {

    @Query("SELECT * FROM consultation_case WHERE caseworker_id = :caseworkerId AND status <> 'CLOSED' ORDER BY id")
    List<ConsultationCase> findOpenOfCaseworker(String caseworkerId);

    @Query("SELECT * FROM consultation_case WHERE team_id = :teamId AND status <> 'CLOSED' ORDER BY id")
    List<ConsultationCase> findOpenOfTeam(String teamId);

    @Query("SELECT * FROM consultation_case WHERE team_id IS NULL AND status <> 'CLOSED' AND kommun = :kommun ORDER BY id")
    List<ConsultationCase> findAwaitingTeam(String kommun);

    @Query("SELECT * FROM consultation_case WHERE kommun IN (:kommuner) AND status <> 'CLOSED' ORDER BY id")
    List<ConsultationCase> findOpenIn(Collection<String> kommuner);

    @Query("SELECT * FROM consultation_case WHERE caseworker_id = :caseworkerId AND status = 'CLOSED' ORDER BY closed_at DESC LIMIT :limit")
    List<ConsultationCase> findClosedOfCaseworker(String caseworkerId, int limit);

    @Query("SELECT * FROM consultation_case WHERE team_id = :teamId AND status = 'CLOSED' ORDER BY closed_at DESC LIMIT :limit")
    List<ConsultationCase> findClosedOfTeam(String teamId, int limit);

    @Query("SELECT * FROM consultation_case WHERE kommun IN (:kommuner) AND status = 'CLOSED' ORDER BY closed_at DESC LIMIT :limit")
    List<ConsultationCase> findClosedIn(Collection<String> kommuner, int limit);

    Optional<ConsultationCase> findByReference(String reference);

    Optional<ConsultationCase> findFirstByCaseworkerIdOrderByIdDesc(String caseworkerId);

    @Query("SELECT * FROM consultation_case WHERE status = 'OPEN' AND team_id IS NOT NULL AND reminded_at IS NULL AND raised_at < :before ORDER BY id")
    List<ConsultationCase> findUnadvisedRaisedBefore(Instant before);

}
