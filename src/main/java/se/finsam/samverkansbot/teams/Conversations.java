package se.finsam.samverkansbot.teams;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Conversations extends ListCrudRepository<Conversation, Long> {

    Optional<Conversation> findByConversationId(String conversationId);

}
