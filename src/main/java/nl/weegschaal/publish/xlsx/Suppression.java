package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a table are hidden: primary suppression of domains with too few respondents, and
 * secondary suppression so that a hidden row cannot be recomputed from the published ones.
 *
 * <p>The workbook's weighting sheet gives the population per stratum, so each row's population
 * share is known and the total is the share-weighted sum of the rows of each dimension (size
 * classes; sector clusters): {@code p_total = sum_d share_d p_d}. If exactly one row of a dimension
 * were hidden, that equation would have one unknown and the row could be recomputed. The rule:
 * <ul>
 *   <li>a row with fewer respondents than the minimum is hidden (primary);</li>
 *   <li>if, within a dimension, exactly one row is hidden, the shown row with the fewest respondents
 *       (the first on a tie) is hidden too (secondary), so at least two unknowns remain;</li>
 *   <li>if the total is hidden, or a dimension has no other row to hide, every row is hidden.</li>
 * </ul>
 * The rule is applied per table (question): each question has its own base and so its own counts.
 *
 * <p>The minimum is {@code publication.reliability.min_respondents}, the first of the reliability rules
 * ({@code nl.weegschaal.estimation.ReliabilityClassifier}); it is the only one that hides a whole row,
 * since the respondents are the row's. The other rules (effective sample size, interval width) judge a
 * single cell, which is then shown as {@code x} in a row that stays; such a cell is withheld for its
 * imprecision, not to protect the establishments behind it, so no second cell is hidden for it.
 */
public final class Suppression {
    private Suppression() {
    }

    /** What happens to a row. */
    public enum Status {
        SHOWN, PRIMARY, SECONDARY;

        public boolean hidden() {
            return this != SHOWN;
        }
    }

    /**
     * The decision for one table.
     *
     * @param total      the total row's status
     * @param dimensions per dimension, the status of each row, in the order given
     */
    public record Outcome(Status total, List<List<Status>> dimensions) {
        public Outcome {
            dimensions = dimensions.stream().map(List::copyOf).toList();
        }

        /** Whether any hidden row is the only hidden row of its dimension while the total is shown. */
        public boolean recoverable() {
            return !total.hidden() && dimensions.stream()
                    .anyMatch(d -> d.stream().filter(Status::hidden).count() == 1);
        }
    }

    /**
     * Decides which rows to hide.
     *
     * @param totalN         respondents in the total row
     * @param dimensions     per dimension, the respondents of each row
     * @param minRespondents a row with fewer respondents is not publishable
     */
    public static Outcome decide(long totalN, List<List<Long>> dimensions, int minRespondents) {
        boolean hideAll = totalN < minRespondents;
        List<List<Status>> result = new ArrayList<>();
        for (List<Long> rows : dimensions) {
            List<Status> statuses = new ArrayList<>();
            for (long n : rows) {
                statuses.add(n < minRespondents ? Status.PRIMARY : Status.SHOWN);
            }
            if (statuses.stream().filter(Status::hidden).count() == 1) {
                int smallest = -1;
                for (int i = 0; i < rows.size(); i++) {
                    if (!statuses.get(i).hidden() && (smallest < 0 || rows.get(i) < rows.get(smallest))) {
                        smallest = i;
                    }
                }
                if (smallest < 0) {
                    hideAll = true;
                } else {
                    statuses.set(smallest, Status.SECONDARY);
                }
            }
            result.add(statuses);
        }
        if (hideAll) {
            result.replaceAll(statuses -> statuses.stream()
                    .map(s -> s.hidden() ? s : Status.SECONDARY).toList());
        }
        Status total = totalN < minRespondents ? Status.PRIMARY : hideAll ? Status.SECONDARY : Status.SHOWN;
        return new Outcome(total, result);
    }
}
