package se.finsam.samverkansbot.teams.edge;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes an exception for the log without its messages, which may quote text users
 * wrote: the chain of exception types and where each was thrown.
 */
final class SafeError {

    private SafeError() {
    }

    static String describe(Throwable exception) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = exception; t != null && parts.size() < 8; t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            parts.add(t.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : ""));
        }
        return String.join(" <- caused by ", parts);
    }

}
