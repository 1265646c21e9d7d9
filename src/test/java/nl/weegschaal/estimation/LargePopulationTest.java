package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.Engine;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every count the frame accepts, up to 2^53 - 1, is weighed without a crash and with right results.
 * {@code 1e300} used to crash the Korn-Graubard interval: the squared weights of the variance
 * overflowed to infinity, the effective sample size became 0 and Hipparchus' beta quantile found no
 * root. Counts are now bounded where the arithmetic is exact and far from overflowing; these tests
 * show that the bound is safe.
 */
class LargePopulationTest {
    /** The largest count the frame accepts: 2^53 - 1. */
    static final long MAX = 9_007_199_254_740_991L;
    static final String RESPONSES = "id,sector,size,q,region\n"
            + "A1,01,small,ja,N\nA2,01,small,nee,Z\nA3,01,large,ja,N\nA4,01,large,ja,Z\n"
            + "A5,02,small,nee,N\nA6,02,small,ja,Z\nA7,02,large,nee,N\nA8,02,large,ja,Z\n";
    static final Engine.Columns SCHEMA = new Engine.Columns("id", List.of("sector", "size"), List.of("q"),
            List.of("region"));

    @TempDir
    Path dir;

    private List<Estimate> estimate(String frame, WeightingMethod method) throws Exception {
        Path responses = Files.writeString(dir.resolve("responses.csv"), RESPONSES);
        Path frameFile = Files.writeString(dir.resolve("frame-" + frame.hashCode() + ".csv"), frame);
        return Engine.run(responses, frameFile, SCHEMA, method, LonelyPsu.ADJUST, 0.95).estimates();
    }

    private static String frame(long small1, long large1, long small2, long large2) {
        return "sector,size,N\n01,small," + small1 + "\n01,large," + large1 + "\n02,small," + small2
                + "\n02,large," + large2 + "\n";
    }

    /**
     * Proportions, standard errors, intervals and design effects do not depend on the scale of the
     * counts, once the finite-population correction is 1 to within 1e-10: the frame 100 : 20 : 80 : 10
     * scaled to the largest accepted count gives the estimates of the same frame scaled by 10^9.
     */
    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void countsUpToTheLargestAcceptedGiveTheEstimatesOfTheSameFrameScaledDown(WeightingMethod method)
            throws Exception {
        long k = MAX / 100;
        List<Estimate> huge = estimate(frame(100 * k, 20 * k, 80 * k, 10 * k), method);
        List<Estimate> usual = estimate(frame(100_000_000_000L, 20_000_000_000L, 80_000_000_000L,
                10_000_000_000L), method);
        assertThat(huge).hasSameSizeAs(usual).hasSize(6);
        for (int i = 0; i < huge.size(); i++) {
            Estimate a = huge.get(i);
            Estimate b = usual.get(i);
            assertThat(a.level()).isEqualTo(b.level());
            assertThat(a.estimate()).isCloseTo(b.estimate(), within(1e-12));
            assertThat(a.se()).isCloseTo(b.se(), within(1e-9 * b.se()));
            assertThat(a.weightedCount() / b.weightedCount()).isCloseTo(k / 1e9, within(1e-9 * k / 1e9));
            for (Interval[] pair : List.of(new Interval[] {a.wald(), b.wald()}, new Interval[] {a.logit(), b.logit()},
                    new Interval[] {a.beta(), b.beta()})) {
                assertSameBound(pair[0].low(), pair[1].low());
                assertSameBound(pair[0].high(), pair[1].high());
            }
            assertThat(a.deff()).isNotNull().isCloseTo(b.deff(), within(1e-9 * b.deff()));
        }
    }

    /** Both bounds undefined (a domain with df = 0), or equal to within 1e-9. */
    private static void assertSameBound(Double a, Double b) {
        if (b == null) {
            assertThat(a).isNull();
        } else {
            assertThat(a).isNotNull().isCloseTo(b, within(1e-9));
        }
    }

    /** One stratum at the largest count beside ordinary ones: every estimate finite and inside its interval. */
    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void theLargestCountBesideSmallOnesGivesFiniteEstimatesInsideTheirIntervals(WeightingMethod method)
            throws Exception {
        List<Estimate> estimates = estimate(frame(MAX, 20, 80, 10), method);
        assertThat(estimates).hasSize(6);
        for (Estimate e : estimates) {
            assertThat(e.estimate()).isBetween(0.0, 1.0);
            assertThat(Double.isFinite(e.se())).isTrue();
        }
        // the total has 8 - 4 = 4 degrees of freedom; each region has 4 respondents in 4 strata, so df = 0 and no
        // logit or Korn-Graubard interval, as in survey
        List<Estimate> totals = estimates.stream().filter(e -> e.domainVar().equals(Estimate.TOTAL)).toList();
        assertThat(totals).hasSize(2);
        for (Estimate e : totals) {
            for (Interval interval : List.of(e.wald(), e.logit(), e.beta())) {
                assertThat(interval.low()).isNotNull().isLessThanOrEqualTo(e.estimate());
                assertThat(interval.high()).isNotNull().isGreaterThanOrEqualTo(e.estimate());
            }
        }
        if (method != WeightingMethod.RAKE) {
            // weights N_h / n_h: ja in 01 small (1 of 2), 01 large (2 of 2), 02 small (1 of 2), 02 large (1 of 2)
            double ja = MAX / 2.0 + 20 + 40 + 5;
            double all = MAX + 20 + 80 + 10.0;
            Estimate total = estimates.stream().filter(e -> e.level().equals("ja")
                    && e.domainVar().equals(Estimate.TOTAL)).findFirst().orElseThrow();
            assertThat(total.estimate()).isCloseTo(ja / all, within(1e-15));
        }
    }

    @Test
    void theLargestCountTheFrameAcceptsIsWeighedAndWrittenByWeigh() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), frame(MAX, 20, 80, 10));
        Path out = dir.resolve("result.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--domains", "region", "--method", "stratified", "--id", "id", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(out, "SELECT population FROM strata WHERE sector = '01' AND size = 'small'"))
                .isEqualTo((double) MAX);
        List<Map<String, Object>> open = DuckDb.query(out, "SELECT * FROM estimates WHERE domain_var = 'total' AND "
                + "(ci_beta_low IS NULL OR ci_logit_low IS NULL OR NOT isfinite(se))");
        assertThat(open).as("every interval of the total is there").isEmpty();
        assertThat(DuckDb.single(out, "SELECT count(*) FROM estimates WHERE NOT isfinite(se) OR estimate NOT BETWEEN 0 "
                + "AND 1")).isEqualTo(0L);
    }
}
