package nl.weegschaal.testing;

import nl.weegschaal.estimation.Estimate;

import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;

/** Compares estimates cell by cell with a survey reference, with the tolerances its README gives. */
public final class ReferenceAssertions {
    static final double RELATIVE = 1e-9;
    static final double LOGIT_ABSOLUTE = 1e-7;

    private ReferenceAssertions() {
    }

    /**
     * How closely the estimates agree with the reference: the cells compared and, per column, the
     * largest difference seen (relative to the reference value, absolute where that is 0; absolute
     * for the logit interval, which is compared absolutely).
     */
    public record Agreement(int cells, Map<String, Double> largestDifference) {
    }

    /**
     * Asserts that every estimate has a reference row, every reference row an estimate, and that
     * they agree within the tolerances.
     *
     * @return how closely they agree, for reporting
     */
    public static Agreement assertMatches(List<Estimate> estimates, ReferenceTable reference) {
        SoftAssertions soft = new SoftAssertions();
        Set<String> seen = new HashSet<>();
        Map<String, Double> largest = new LinkedHashMap<>();
        for (Estimate e : estimates) {
            String key = ReferenceTable.key(e.variable(), e.level(), e.domainVar(), e.domainValue());
            CSVRecord row = reference.rows().get(key);
            soft.assertThat(row).as("reference row for %s", key).isNotNull();
            if (row == null) {
                continue;
            }
            seen.add(key);
            soft.assertThat(e.nUnweighted()).as("%s n", key).isEqualTo(Long.parseLong(row.get("n_unweighted")));
            soft.assertThat(e.df()).as("%s df", key).isEqualTo(Long.parseLong(row.get("df")));
            close(soft, key, "weighted_count", e.weightedCount(), row, largest);
            close(soft, key, "estimate", e.estimate(), row, largest);
            close(soft, key, "se", e.se(), row, largest);
            if (row.get("ci_logit_source").equals("degenerate")) {
                continue; // the reference script's own conventions; tested separately
            }
            close(soft, key, "ci_wald_low", e.wald().low(), row, largest);
            close(soft, key, "ci_wald_high", e.wald().high(), row, largest);
            close(soft, key, "ci_beta_low", e.beta().low(), row, largest);
            close(soft, key, "ci_beta_high", e.beta().high(), row, largest);
            close(soft, key, "deff", e.deff(), row, largest);
            double low = ReferenceTable.number(row, "ci_logit_low");
            double high = ReferenceTable.number(row, "ci_logit_high");
            soft.assertThat(e.logit().low()).as("%s ci_logit_low", key).isCloseTo(low, within(LOGIT_ABSOLUTE));
            soft.assertThat(e.logit().high()).as("%s ci_logit_high", key).isCloseTo(high, within(LOGIT_ABSOLUTE));
            largest.merge("ci_logit_low (absolute)", Math.abs(e.logit().low() - low), Math::max);
            largest.merge("ci_logit_high (absolute)", Math.abs(e.logit().high() - high), Math::max);
        }
        soft.assertThat(seen).as("every reference cell is estimated").containsExactlyInAnyOrderElementsOf(
                reference.rows().keySet());
        soft.assertAll();
        return new Agreement(seen.size(), largest);
    }

    private static void close(SoftAssertions soft, String key, String column, Double actual, CSVRecord row,
                              Map<String, Double> largest) {
        Double expected = ReferenceTable.number(row, column);
        if (expected == null) {
            soft.assertThat(actual).as("%s %s", key, column).isNull();
            return;
        }
        double tolerance = Math.max(RELATIVE * Math.abs(expected), 1e-15);
        soft.assertThat(actual).as("%s %s", key, column).isNotNull();
        if (actual != null) {
            soft.assertThat(actual).as("%s %s", key, column).isCloseTo(expected, within(tolerance));
            double difference = Math.abs(actual - expected);
            largest.merge(column, expected == 0 ? difference : difference / Math.abs(expected), Math::max);
        }
    }
}
