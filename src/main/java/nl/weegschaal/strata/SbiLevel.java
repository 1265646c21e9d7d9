package nl.weegschaal.strata;

/** The levels of SBI 2008 and NACE Rev. 2, from the broadest; each level below the section has one digit more. */
public enum SbiLevel {
    /** A letter, e.g. {@code Q}. */
    SECTION,
    /** Two digits, e.g. {@code 88}. */
    DIVISION,
    /** Three digits, e.g. {@code 881}. */
    GROUP,
    /** Four digits, e.g. {@code 8810}. */
    CLASS,
    /** Five digits, a Dutch subdivision of a class, e.g. {@code 88101}; NACE has none. */
    SUBCLASS;

    /** The level's name in messages and in the classification file: {@code division}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level of a code of digits (2 to 5 of them). */
    static SbiLevel ofDigits(String digits) {
        return values()[digits.length() - 1];
    }
}
