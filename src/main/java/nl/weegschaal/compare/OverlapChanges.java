package nl.weegschaal.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.weegschaal.estimation.ChangeCovariance;
import nl.weegschaal.estimation.Overlap;
import nl.weegschaal.estimation.StratifiedSample;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.RespondentAnswers;
import org.jspecify.annotations.Nullable;

/**
 * The change of each cell between two waves whose samples share establishments (matched by id): the
 * covariance of the two estimates through the establishments in both ({@link ChangeCovariance}, each
 * wave with its own strata), so that the difference's standard error is
 * {@code sqrt(se_old^2 + se_new^2 - 2 cov)} with each wave's published standard error.
 */
final class OverlapChanges {
    private final RespondentAnswers old;
    private final RespondentAnswers neu;
    private final Overlap overlap;
    private final ChangeCovariance covariance;

    private OverlapChanges(RespondentAnswers old, RespondentAnswers neu, Overlap overlap) {
        this.old = old;
        this.neu = neu;
        this.overlap = overlap;
        this.covariance = new ChangeCovariance(sample(old), sample(neu), overlap);
    }

    /** Pairs the establishments of both waves by id. */
    static OverlapChanges of(RespondentAnswers old, RespondentAnswers neu) {
        Map<String, Integer> oldIndex = new HashMap<>(old.size() * 2);
        for (int i = 0; i < old.size(); i++) {
            oldIndex.put(old.ids()[i], i);
        }
        int[] first = new int[Math.min(old.size(), neu.size())];
        int[] second = new int[first.length];
        int pairs = 0;
        for (int j = 0; j < neu.size(); j++) {
            Integer i = oldIndex.get(neu.ids()[j]);
            if (i != null) {
                first[pairs] = i;
                second[pairs++] = j;
            }
        }
        return new OverlapChanges(old, neu, new Overlap(Arrays.copyOf(first, pairs), Arrays.copyOf(second, pairs)));
    }

    /** Establishments in both samples. */
    int establishmentsInBoth() {
        return overlap.size();
    }

    /** The test of the cell's change, or null when a wave holds no answers for it. */
    @Nullable Result test(CellKey key, Cell oldCell, Cell newCell) {
        CellLinearisation a = CellLinearisation.of(old, key);
        CellLinearisation b = CellLinearisation.of(neu, key);
        if (a == null || b == null) {
            return null;
        }
        long inBoth = 0;
        for (int k = 0; k < overlap.size(); k++) {
            inBoth += a.inCell()[overlap.first()[k]] && b.inCell()[overlap.second()[k]] ? 1 : 0;
        }
        double cov = covariance.covariance(a.z(), b.z());
        return new Result(DifferenceTest.of(oldCell.estimate(), oldCell.se(), newCell.estimate(), newCell.se(), cov),
                inBoth);
    }

    private static StratifiedSample sample(RespondentAnswers wave) {
        return new StratifiedSample(wave.stratum(), wave.population(), wave.sampleSize());
    }

    /** A cell's test and its establishments in both samples (in its domain and base in both waves). */
    record Result(@Nullable DifferenceTest test, long inBoth) {
    }
}
