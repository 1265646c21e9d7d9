package nl.weegschaal.strata;

import org.jspecify.annotations.Nullable;

/**
 * One code of the classification file of an SBI edition: a code of the SBI, of NACE Rev. 2, or of both.
 *
 * @param level   its level
 * @param code    digits without dots ({@code 8810}), or a section's letter
 * @param parent  the code one level up; null for a section
 * @param scheme  which classifications have it
 * @param titleNl the Dutch SBI title; empty for a NACE-only code
 * @param titleEn the English NACE title; empty for an SBI-only code
 */
public record SbiCode(SbiLevel level, String code, @Nullable String parent, Scheme scheme, String titleNl,
                      String titleEn) {

    /** Whether the SBI edition has this code (a code of NACE Rev. 2 that the SBI leaves out has not). */
    public boolean inSbi() {
        return scheme != Scheme.NACE_ONLY;
    }

    /** Whether NACE Rev. 2 has this code (a Dutch subclass or national class has not). */
    public boolean inNace() {
        return scheme != Scheme.SBI_ONLY;
    }

    /** The code in the dotted notation of the publications: {@code 88.10.1}, {@code 01.23}, {@code 88}. */
    public String dotted() {
        return code.length() <= 2 ? code : code.substring(0, 2) + "." + code.substring(2, Math.min(4, code.length()))
                + (code.length() == 5 ? "." + code.charAt(4) : "");
    }

    /** Which classifications have a code; the words are those of the file's {@code scheme} column. */
    public enum Scheme {
        /** The SBI and NACE Rev. 2. */
        BOTH("both"),
        /** NACE Rev. 2 only: the SBI does not use it. */
        NACE_ONLY("nace-only"),
        /** The SBI only: a Dutch class or subclass. */
        SBI_ONLY("sbi-only");

        private final String word;

        Scheme(String word) {
            this.word = word;
        }

        /** The scheme with this word of the file, or null if there is none. */
        static @Nullable Scheme of(String word) {
            for (Scheme scheme : values()) {
                if (scheme.word.equals(word)) {
                    return scheme;
                }
            }
            return null;
        }
    }
}
