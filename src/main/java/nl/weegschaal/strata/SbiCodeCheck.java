package nl.weegschaal.strata;

import java.util.List;
import java.util.Optional;
import nl.weegschaal.strata.SectorClassification.Reason;
import nl.weegschaal.strata.SectorClassification.Rejected;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a value from an export is a class (four digits) or subclass (five digits) of an SBI edition, and if
 * not, says why in a statistician's words: missing, not a number, too long, incomplete (with a hint when a leading
 * zero seems lost), or a code the edition does not have (with what it does have there).
 */
final class SbiCodeCheck {
    private final SbiEdition edition;

    SbiCodeCheck(SbiEdition edition) {
        this.edition = edition;
    }

    /** The value without surrounding whitespace and without the dots and spaces of {@code 88.10.1} or {@code 8810 1}. */
    static String digits(String sbi) {
        return sbi.strip().replace(".", "").replace(" ", "");
    }

    /**
     * Why the value is not a class or subclass of the edition, or null if it is one (then {@link #digits} is it).
     *
     * @param sbi the value as it comes from an export
     */
    @Nullable Rejected problem(@Nullable String sbi) {
        if (sbi == null || sbi.isBlank()) {
            return new Rejected(Reason.MISSING, "SBI code is missing");
        }
        String text = sbi.strip();
        String code = digits(text);
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Rejected(Reason.MALFORMED, "SBI '" + text + "' is not a number");
        }
        if (code.length() > 5) {
            return new Rejected(Reason.MALFORMED, "SBI '" + text + "' has " + code.length() + " digits; a code of "
                    + edition.title() + " is a class (4 digits) or subclass (5 digits)");
        }
        if (code.length() < 4) {
            return new Rejected(Reason.INCOMPLETE, "SBI " + code + " is incomplete: " + incomplete(code)
                    + lostZero(code));
        }
        if (!edition.has(code)) {
            return new Rejected(Reason.UNKNOWN_CODE, "SBI " + code + " is not a class or subclass of "
                    + edition.title() + unknown(code) + lostZero(code));
        }
        return null;
    }

    /** What a code of one to three digits is short of. */
    private String incomplete(String code) {
        String classOrSubclass = "a class (4 digits) or subclass (5 digits)";
        if (code.length() > 1 && edition.has(code)) {
            SbiLevel level = SbiLevel.ofDigits(code);
            return code + " is " + (level == SbiLevel.GROUP ? "a group" : "a division") + " of " + edition.title()
                    + "; a code must be " + classOrSubclass;
        }
        return "it has " + code.length() + (code.length() == 1 ? " digit" : " digits") + "; a code of "
                + edition.title() + " is " + classOrSubclass;
    }

    /**
     * The hint for a code that is one digit short of a code with a leading zero, else "": one the edition
     * has, or one of NACE Rev. 2 that it does not use (then the zero was lost, but the code is no good).
     */
    private String lostZero(String code) {
        if (code.length() < 3 || code.length() > 4) {
            return ""; // a zero in front of one or two digits gives a division or group, still no code
        }
        String padded = "0" + code;
        if (edition.has(padded)) {
            return "; did it lose a leading zero? " + padded + " exists";
        }
        return edition.find(padded).map(nace -> "; did it lose a leading zero? " + padded + " is NACE Rev. 2 class "
                + nace.dotted() + " (" + nace.titleEn() + "), which " + edition.title() + " does not use").orElse("");
    }

    /** What the edition has where a four- or five-digit code it lacks would be. */
    private String unknown(String code) {
        Optional<SbiCode> nace = edition.find(code);
        if (nace.isPresent()) {
            return ": it is NACE Rev. 2 class " + nace.get().dotted() + " (" + nace.get().titleEn() + "), which "
                    + edition.title() + " does not use" + instead(code);
        }
        if (code.length() == 5) {
            String classCode = code.substring(0, 4);
            if (!edition.has(classCode)) {
                return ": there is no class " + classCode;
            }
            List<String> subclasses = codes(edition.sbiChildren(classCode));
            return subclasses.isEmpty() ? ": class " + classCode + " has no subclasses; its code is " + classCode
                    : ": class " + classCode + " has the subclasses " + String.join(", ", subclasses);
        }
        String group = code.substring(0, 3);
        String division = code.substring(0, 2);
        if (edition.has(group)) {
            List<String> classes = codes(edition.sbiChildren(group));
            return ": group " + group + (classes.size() == 1 ? " has only class " : " has the classes ")
                    + String.join(", ", classes);
        }
        return edition.has(division) ? ": division " + division + " has no group " + group
                : ": there is no division " + division;
    }

    /** For a NACE class the SBI replaced by Dutch classes of the same group: which ones. */
    private String instead(String code) {
        String group = code.substring(0, 3);
        List<SbiCode> classes = edition.sbiChildren(group);
        return classes.stream().anyMatch(c -> !c.inNace()) ? "; it has " + String.join(", ", codes(classes))
                + " in group " + group + " instead" : "";
    }

    private static List<String> codes(List<SbiCode> codes) {
        return codes.stream().map(SbiCode::code).toList();
    }
}
