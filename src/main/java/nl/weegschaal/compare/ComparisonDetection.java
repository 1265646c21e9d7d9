package nl.weegschaal.compare;

import java.nio.file.Path;
import java.sql.SQLException;
import nl.weegschaal.result.RespondentAnswers;
import nl.weegschaal.result.ResultReader;
import org.jspecify.annotations.Nullable;

/**
 * Decides how two results are compared. The rule ({@link #RULE}): the same respondents when the
 * SHA-256 checksums of the response inputs are equal in both ({@link SameRespondents}); otherwise
 * overlapping samples when establishments with the same id are in both results (each change then has
 * the covariance through them), else independent waves. A result without answers per respondent (one
 * of {@code weigh}) cannot be paired, so it is compared as an independent wave and the rule says so.
 */
final class ComparisonDetection {
    private static final String RULE = SameRespondents.RULE;

    private ComparisonDetection() {
    }

    /** How OLD and NEW are compared: as {@code forced} (null: detected), with the overlap where there is one. */
    static Detected detect(ResultFile old, ResultFile neu, @Nullable ComparisonKind forced) {
        if (forced == ComparisonKind.SAME_RESPONDENTS || forced == ComparisonKind.INDEPENDENT) {
            return new Detected(forced, "set with --comparison", null);
        }
        if (forced == null && SameRespondents.detect(old, neu) == ComparisonKind.SAME_RESPONDENTS) {
            return new Detected(ComparisonKind.SAME_RESPONDENTS, RULE, null);
        }
        RespondentAnswers a = answers(old.path());
        RespondentAnswers b = answers(neu.path());
        if (a == null || b == null) {
            Path without = a == null ? old.path() : neu.path();
            if (forced != null) {
                throw new CompareException("--comparison overlapping pairs the establishments of both results, but "
                        + without + " holds no answers per respondent (a result of weigh); use --comparison "
                        + "independent");
            }
            return new Detected(ComparisonKind.INDEPENDENT, RULE + "; " + without + " holds no answers per "
                    + "respondent, so establishments in both could not be paired", null);
        }
        OverlapChanges overlap = OverlapChanges.of(a, b);
        if (forced == null && overlap.establishmentsInBoth() == 0) {
            return new Detected(ComparisonKind.INDEPENDENT, RULE, null);
        }
        return new Detected(ComparisonKind.OVERLAPPING, forced != null ? "set with --comparison" : RULE, overlap);
    }

    private static @Nullable RespondentAnswers answers(Path file) {
        try (ResultReader reader = ResultReader.open(file)) {
            return reader.respondentAnswers();
        } catch (SQLException e) {
            throw new CompareException("cannot read the respondents of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The kind, the rule that decided it, and the pairing of overlapping samples (null otherwise). */
    record Detected(ComparisonKind kind, String rule, @Nullable OverlapChanges overlap) {
    }
}
