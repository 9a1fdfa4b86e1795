package se.finsam.samverkansbot.stats;

/**
 * One figure of a report, as it may be shown.
 *
 * @param mark whether it is shown, small or withheld
 * @param value the figure when shown (a count, a number of days or a percentage), else
 * null
 */
public record Cell(Mark mark, Number value) {

    /** How a figure is shown. */
    public enum Mark {

        /** As it is. */
        SHOWN,

        /** Above zero and below the threshold: "&lt;5". */
        SMALL,

        /**
         * Withheld ("..") so that a small figure cannot be worked out from the others, or
         * a median or share of too few cases.
         */
        WITHHELD

    }

    public static Cell shown(Number value) {
        return new Cell(Mark.SHOWN, value);
    }

    public static Cell small() {
        return new Cell(Mark.SMALL, null);
    }

    public static Cell withheld() {
        return new Cell(Mark.WITHHELD, null);
    }

    public boolean isShown() {
        return mark == Mark.SHOWN;
    }

    /**
     * The cell as text: the number (a decimal with a comma and one decimal), "&lt;5" with
     * the threshold, or "..".
     */
    public String text(int threshold) {
        return switch (mark) {
            case SMALL -> "<" + threshold;
            case WITHHELD -> "..";
            case SHOWN -> (value instanceof Double d)
                    ? String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',') : value.toString();
        };
    }

    /** Leaves out nothing but is explicit about the mark. */
    @Override
    public String toString() {
        return mark == Mark.SHOWN ? String.valueOf(value) : mark.name();
    }

}
