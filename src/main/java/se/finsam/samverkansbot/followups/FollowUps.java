package se.finsam.samverkansbot.followups;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FollowUps extends ListCrudRepository<FollowUpPlan, Long> {

    List<FollowUpPlan> findByOwnerIdAndStatusOrderByDueDateAscIdAsc(String ownerId, PlanStatus status);

    List<FollowUpPlan> findByKommunInAndStatusOrderByDueDateAscIdAsc(Collection<String> kommuner, PlanStatus status);

}
