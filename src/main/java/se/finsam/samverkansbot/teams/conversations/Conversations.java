package se.finsam.samverkansbot.teams.conversations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Conversations extends ListCrudRepository<Conversation, Long> {

    Optional<Conversation> findByConversationId(String conversationId);

    List<Conversation> findByKindAndTenantIdAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind kind,
            String tenantId, String userAadObjectId);

    List<Conversation> findByTeamIdOrderByUpdatedAtDesc(String teamId);

    List<Conversation> findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind kind, String userAadObjectId);

}
