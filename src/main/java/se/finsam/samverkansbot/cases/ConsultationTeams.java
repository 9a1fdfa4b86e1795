package se.finsam.samverkansbot.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The konsultationsteams. */
interface ConsultationTeams extends ListCrudRepository<ConsultationTeam, Long> {

    Optional<ConsultationTeam> findByTeamId(String teamId);

}
