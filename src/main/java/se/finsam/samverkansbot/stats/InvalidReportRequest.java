package se.finsam.samverkansbot.stats;

/**
 * A report cannot be made as asked; {@link #code()} names why, and users see
 * {@code stats.error.<code>}.
 */
public class InvalidReportRequest extends RuntimeException {

    private final String code;

    InvalidReportRequest(String code) {
        super("Invalid report request: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }

}
