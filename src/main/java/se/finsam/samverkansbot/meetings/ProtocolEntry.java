package se.finsam.samverkansbot.meetings;

/**
 * The protocol of one agenda item: discussed or not, the advice (held here until approval
 * relays it to the case) and the next step.
 */
class ProtocolEntry {

    private long agendaItemId;

    private long caseId;

    private Boolean discussed;

    private String advice;

    private NextStep nextStep;

    ProtocolEntry() {
    }

    ProtocolEntry(long agendaItemId, long caseId) {
        this.agendaItemId = agendaItemId;
        this.caseId = caseId;
    }

    void record(Boolean discussed, String advice, NextStep nextStep) {
        this.discussed = discussed;
        this.advice = advice;
        this.nextStep = nextStep;
    }

    long agendaItemId() {
        return agendaItemId;
    }

    long caseId() {
        return caseId;
    }

    Boolean discussed() {
        return discussed;
    }

    String advice() {
        return advice;
    }

    NextStep nextStep() {
        return nextStep;
    }

}
