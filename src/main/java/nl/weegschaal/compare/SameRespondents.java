package nl.weegschaal.compare;

import java.util.Set;

/**
 * Decides whether two results weigh the same respondents. The rule: both results name the
 * SHA-256 of their response inputs (weigh: the {@code responses} file; the wave job: every input but
 * the spec and the frame, i.e. the exports) and the two sets are equal. Different or missing
 * checksums mean other respondents: {@link ComparisonDetection} decides between overlapping samples and
 * independent waves.
 */
public final class SameRespondents {
    /** The rule, as recorded in the {@code comparison} table ({@link ComparisonDetection}). */
    public static final String RULE = "same respondents when the SHA-256 checksums of the response inputs (every "
            + "input but the spec and the frame) are equal in both runs; otherwise overlapping samples when "
            + "establishments with the same id are in both results; otherwise independent waves";

    private SameRespondents() {
    }

    public static ComparisonKind detect(ResultFile old, ResultFile neu) {
        return detect(old.responseChecksums(), neu.responseChecksums());
    }

    public static ComparisonKind detect(Set<String> oldChecksums, Set<String> newChecksums) {
        return !oldChecksums.isEmpty() && oldChecksums.equals(newChecksums) ? ComparisonKind.SAME_RESPONDENTS
                : ComparisonKind.INDEPENDENT;
    }
}
