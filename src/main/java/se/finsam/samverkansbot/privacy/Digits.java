package se.finsam.samverkansbot.privacy;

/**
 * Reads two decimal digits at an offset of the text without allocating: the date checks
 * of {@link NumberDetector} (personnummer) and {@link CuedNumberDetector} (birth dates)
 * look at months and days in place instead of parsing substrings.
 */
final class Digits {

    private Digits() {
    }

    static int twoDigits(String text, int at) {
        return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
    }

}
