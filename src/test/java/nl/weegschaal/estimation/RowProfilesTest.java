package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.SparseRows;
import org.junit.jupiter.api.Test;

/** A model row read back from its profile and numeric values is the row, with profiles and without. */
class RowProfilesTest {
    private static final double[][] ROWS = {
        {1, 0, 1, 12.5}, {1, 1, 0, 3}, {1, 0, 1, 0}, {1, 1, 0, 7}, {1, 0, 0, 2}, {1, 0, 1, 1}};
    private static final int[] STRATUM = {0, 1, 0, 1, 2, 2};
    private static final double[] B = {0.5, -2, 3.25, 0.125};
    private static final SparseRows SPARSE = new CalibrationModel(ROWS, new double[] {6, 2, 3, 25},
            List.of("N", "x1", "x2", "x3")).sparseRows();

    @Test
    void indicatorColumnsBecomeProfilesWithinStrataAndNumericColumnsStayPerRow() {
        RowProfiles rows = RowProfiles.of(SPARSE, STRATUM, 4);
        assertThat(rows.numeric).containsExactly(3);
        assertThat(rows.count()).isEqualTo(4); // {0: 1,x2}, {1: 1,x1}, {2: 1}, {2: 1,x2}
        assertEveryRowReadsBack(rows);
    }

    @Test
    void moreProfilesThanAllowedReadsEveryColumnAsNumericWithTheStratumAsProfile() {
        RowProfiles rows = RowProfiles.of(SPARSE, STRATUM, 4, 2);
        assertThat(rows.numeric).containsExactly(0, 1, 2, 3);
        assertThat(rows.count()).isEqualTo(3);
        assertEveryRowReadsBack(rows);
    }

    private static void assertEveryRowReadsBack(RowProfiles rows) {
        int q = rows.numericCount();
        for (int i = 0; i < ROWS.length; i++) {
            int profile = rows.profile[i];
            assertThat(rows.stratum[profile]).isEqualTo(STRATUM[i]);
            double dot = 0;
            for (int a = rows.start[profile]; a < rows.start[profile + 1]; a++) {
                dot += B[rows.columns[a]];
            }
            for (int t = 0; t < q; t++) {
                dot += rows.values[i * q + t] * B[rows.numeric[t]];
            }
            double expected = 0;
            for (int j = 0; j < 4; j++) {
                expected += ROWS[i][j] * B[j];
            }
            assertThat(dot).isCloseTo(expected, within(1e-15));
        }
    }
}
