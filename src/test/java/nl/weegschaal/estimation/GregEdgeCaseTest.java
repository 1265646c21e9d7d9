package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.GregCalibration;
import nl.weegschaal.weighting.GregResiduals;
import nl.weegschaal.weighting.LonelyPsu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cases the R reference does not reach: a synthetic survey with 48 strata (a lonely one and a census
 * one), a sparse 19-column model, nonresponse and domains, checked cell by cell against the exact
 * calibration residuals ({@link GregResiduals}, the slow way survey takes); a calibration already met
 * (g = 1); a domain without answers; a cell of one respondent; a variable the calibration fixes.
 */
class GregEdgeCaseTest {
    private static final double RELATIVE = 1e-9;

    @ParameterizedTest
    @EnumSource(value = LonelyPsu.class, names = {"ADJUST", "REMOVE"})
    void everyProportionCellOfALargeSparseDesignMatchesTheExactCalibrationResiduals(LonelyPsu rule) {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(20_000, 7L, true, rule);
        int[] answer = survey.answers(4, 0.1);
        List<String> sectors = names(GregSyntheticSurvey.SECTORS);
        List<Estimate> rows = new GregProportionEstimator(survey.design, 0.95)
                .estimate("q", names(4), answer, "sector", sectors, survey.sector);
        Exact exact = new Exact(survey);
        assertThat(rows).hasSize(4 * GregSyntheticSurvey.SECTORS);
        for (Estimate e : rows) {
            int v = sectors.indexOf(e.domainValue());
            int level = Integer.parseInt(e.level());
            double[] z = new double[survey.n];
            double total = 0;
            for (int i = 0; i < survey.n; i++) {
                total += survey.sector[i] == v && answer[i] >= 0 ? exact.w[i] : 0;
            }
            for (int i = 0; i < survey.n; i++) {
                if (survey.sector[i] == v && answer[i] >= 0) {
                    z[i] = ((answer[i] == level ? 1 : 0) - e.estimate()) / total;
                }
            }
            assertThat(e.se()).as(e.toString()).isCloseTo(exact.se(z), within(RELATIVE * exact.se(z)));
        }
    }

    @Test
    void totalsAndMeansOfALargeSparseDesignMatchTheExactCalibrationResiduals() {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(20_000, 11L, true, LonelyPsu.ADJUST);
        double[] y = survey.numbers(0.15);
        List<String> sizes = names(GregSyntheticSurvey.SIZES);
        List<NumericEstimate> rows = NumericEstimator.of(survey.design, survey.stratum)
                .totalsAndMeans("y", y, "size", sizes, survey.size);
        Exact exact = new Exact(survey);
        assertThat(rows).hasSize(2 * GregSyntheticSurvey.SIZES);
        for (NumericEstimate e : rows) {
            int v = sizes.indexOf(e.domainValue());
            double[] z = new double[survey.n];
            for (int i = 0; i < survey.n; i++) {
                if (survey.size[i] == v && !Double.isNaN(y[i])) {
                    z[i] = e.statistic() == NumericStatistic.TOTAL ? y[i]
                            : (y[i] - e.estimate()) / e.weightedCount();
                }
            }
            assertThat(e.se()).as(e.toString()).isCloseTo(exact.se(z), within(RELATIVE * exact.se(z)));
        }
    }

    @Test
    void aCalibrationAlreadyMetKeepsGOneButTheVarianceOfTheResidualsNotTheStratifiedOne() {
        GregReference reference = new GregReference("linear", "full");
        Calibration.ToTotals calibrated = reference.design.toTotals();
        CalibrationModel model = calibrated.model();
        double[] met = new double[model.columns()];
        for (int i = 0; i < model.respondents(); i++) {
            for (int j = 0; j < met.length; j++) {
                met[j] += calibrated.designWeights()[i] * model.rows()[i][j];
            }
        }
        Design stratified = new Design(reference.design.method(), reference.design.lonelyPsu(),
                reference.design.strataColumns(), reference.design.strata());
        Design design = stratified.calibrated(new GregCalibration(CalibrationFunction.LINEAR, CalibrationBounds.NONE,
                10), new CalibrationModel(model.rows(), met, model.names()), calibrated.stratum());
        assertThat(Arrays.stream(design.toTotals().g()).map(g -> Math.abs(g - 1)).max().orElseThrow())
                .isLessThan(1e-12);
        List<String> levels = reference.values("band");
        int[] answer = reference.indices("band", levels);
        Estimate greg = new GregProportionEstimator(design, 0.95)
                .estimate("band", levels, answer, "_total", List.of("_total"), new int[answer.length]).get(0);
        double[] z = new double[answer.length];
        double total = Arrays.stream(design.toTotals().weights()).sum();
        for (int i = 0; i < z.length; i++) {
            z[i] = ((answer[i] == 0 ? 1 : 0) - greg.estimate()) / total;
        }
        double residualSe = new Exact(design).se(z);
        assertThat(greg.se()).isCloseTo(residualSe, within(RELATIVE * residualSe));
        double stratifiedSe = Math.sqrt(new RespondentStrata(stratified, calibrated.stratum(),
                calibrated.designWeights()).variance(times(calibrated.designWeights(), z)));
        assertThat(greg.se()).isNotCloseTo(stratifiedSe, within(1e-3 * stratifiedSe));
    }

    @Test
    void aDomainValueWhereNobodyAnsweredHasNoRowsAndOneRespondentHasNoDesignEffect() {
        GregReference reference = new GregReference("raking", "full");
        List<String> levels = reference.values("sch.wide");
        List<String> groups = reference.values("grp");
        List<Estimate> rows = new GregProportionEstimator(reference.design, 0.95).estimate("sch.wide", levels,
                reference.indices("sch.wide", levels), "grp", groups, reference.indices("grp", groups));
        assertThat(rows).extracting(Estimate::domainValue).doesNotContain("mute").contains("A", "B", "solo");
        Estimate solo = rows.stream().filter(e -> e.domainValue().equals("solo") && e.estimate() == 1).findFirst()
                .orElseThrow();
        assertThat(solo.nUnweighted()).isEqualTo(1);
        assertThat(solo.df()).isZero();
        assertThat(solo.deff()).isNull();
        assertThat(solo.se()).isZero();
    }

    @Test
    void aVariableTheCalibrationFixesHasAStandardErrorOfZeroNotNaN() {
        GregReference reference = new GregReference("logit", "full");
        List<String> levels = reference.values("stype");
        List<Estimate> rows = new GregProportionEstimator(reference.design, 0.95).estimate("stype", levels,
                reference.indices("stype", levels), "_total", List.of("_total"), new int[reference.rows.size()]);
        assertThat(rows).allSatisfy(e -> assertThat(e.se()).isBetween(0.0, 1e-12));
        List<NumericEstimate> enroll = NumericEstimator.of(reference.design, reference.design.toTotals().stratum())
                .totalsAndMeans("enroll", reference.numbers("enroll"), "_total", List.of("_total"),
                        new int[reference.rows.size()]);
        assertThat(enroll.get(0).se()).isBetween(0.0, 1e-9 * enroll.get(0).estimate());
    }

    @Test
    void theEstimatorsRefuseADesignNotCalibratedToTotalsAndWeightsThatAreNotTheCalibrations() {
        GregReference reference = new GregReference("linear", "full");
        Design stratified = new Design(reference.design.method(), reference.design.lonelyPsu(),
                reference.design.strataColumns(), reference.design.strata());
        assertThatThrownBy(() -> new GregProportionEstimator(stratified, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calibrated to totals");
        int[] stratum = reference.design.toTotals().stratum();
        assertThatThrownBy(() -> new NumericEstimator(reference.design, stratum,
                reference.design.toTotals().designWeights())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ from its calibration");
    }

    /** The exact variance: survey's residuals of z on the model, stratified variance of w e. */
    private static final class Exact {
        final double[] w;
        private final Calibration.ToTotals calibration;
        private final RespondentStrata strata;
        private final GregResiduals residuals;

        Exact(GregSyntheticSurvey survey) {
            this(survey.design);
        }

        Exact(Design design) {
            calibration = design.toTotals();
            w = calibration.weights();
            strata = new RespondentStrata(design, calibration.stratum(), w);
            residuals = new GregResiduals(calibration.designWeights(), calibration.model());
        }

        double se(double[] z) {
            return Math.sqrt(strata.variance(times(w, residuals.residuals(z))));
        }
    }

    private static double[] times(double[] w, double[] e) {
        double[] x = new double[e.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = w[i] * e[i];
        }
        return x;
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            names.add(String.valueOf(k));
        }
        return names;
    }
}
