package se.finsam.samverkansbot.teams.cases;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.delivery.DeliveryProblems;

/**
 * Hands delivery problems of case messages to {@link CaseMessages}, which writes to the
 * outbox itself: looked up when needed, since the outbox depends on this.
 */
@Component
class CaseDeliveryProblems implements DeliveryProblems {

    private final ObjectProvider<CaseMessages> messages;

    CaseDeliveryProblems(ObjectProvider<CaseMessages> messages) {
        this.messages = messages;
    }

    @Override
    public void unreachable(String origin, String recipientUser) {
        messages.getObject().unreachable(origin);
    }

}
