package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric cell (total and mean of api00 with nonresponse, enroll, which the calibration fixes,
 * and api.stu; the ratio api00/enroll; whole sample, each stype and each grp value) against survey's
 * svytotal/svymean(deff = TRUE) and svyratio on apistrat calibrated to ~ stype + enroll, for each
 * calfun and bounds and on a design with a lonely stratum under adjust and remove: estimate, se,
 * deff, df, n, weighted count and Wald bounds, through NumericEstimator's API.
 */
class GregNumericEstimatorTest {

    @ParameterizedTest
    @CsvSource({"linear,full", "linear_bounded,full", "raking,full", "raking_bounded,full", "logit,full",
        "logit_tight,full", "linear,lonely_adjust", "raking,lonely_adjust", "linear,lonely_remove",
        "raking,lonely_remove"})
    void everyNumericCellMatchesSurveyOnTheCalibratedDesign(String caseName, String designName) {
        GregReference reference = new GregReference(caseName, designName);
        Map<String, NumericEstimate> mine = new HashMap<>();
        for (NumericEstimate e : estimates(reference)) {
            mine.put(key(e.statistic().code(), e.variable(), e.domainVar(), e.domainValue()), e);
        }
        List<CSVRecord> expected = new ArrayList<>();
        for (String statistic : List.of("total", "mean", "ratio")) {
            expected.addAll(GregReference.cells(caseName, designName, statistic));
        }
        assertThat(mine).hasSameSizeAs(expected);
        SoftAssertions softly = new SoftAssertions();
        for (CSVRecord r : expected) {
            NumericEstimate e = mine.get(key(r.get("statistic"), r.get("variable"), r.get("domain_var"),
                    r.get("domain_value")));
            softly.assertThat(e).as("a row for " + r).isNotNull();
            if (e != null) {
                compare(softly, r, e);
            }
        }
        softly.assertAll();
    }

    private static List<NumericEstimate> estimates(GregReference reference) {
        int[] stratum = reference.design.toTotals().stratum();
        NumericEstimator estimator = NumericEstimator.of(reference.design, stratum);
        double[] api00 = reference.numbers("api00");
        double[] enroll = reference.numbers("enroll");
        List<NumericEstimate> rows = new ArrayList<>();
        boolean[] everyone = new boolean[api00.length];
        java.util.Arrays.fill(everyone, true);
        for (String variable : List.of("api00", "enroll", "api.stu")) {
            rows.addAll(estimator.totalAndMean(variable, reference.numbers(variable), "_total", "_total", everyone));
        }
        estimator.ratio("api00", api00, "enroll", enroll, "_total", "_total", everyone).ifPresent(rows::add);
        for (String domainVar : List.of("stype", "grp")) {
            List<String> values = reference.values(domainVar);
            int[] domain = reference.indices(domainVar, values);
            for (String variable : List.of("api00", "enroll", "api.stu")) {
                rows.addAll(estimator.totalsAndMeans(variable, reference.numbers(variable), domainVar, values, domain));
            }
            rows.addAll(estimator.ratios("api00", api00, "enroll", enroll, domainVar, values, domain));
        }
        return rows;
    }

    private static void compare(SoftAssertions softly, CSVRecord r, NumericEstimate e) {
        GregCellCheck check = new GregCellCheck(softly, r);
        check.whole("n", e.nUnweighted());
        check.whole("df", e.df());
        check.same("weighted_count", e.weightedCount(), 1);
        check.same("estimate", e.estimate(), 1);
        check.se(e.se());
        if (!check.vanishing()) {
            check.sameWhereDefined("deff", e.deff(), 0);
            check.same("wald_low", e.wald().low(), 1);
            check.same("wald_high", e.wald().high(), 1);
        }
        if (GregReference.number(r, "deff") == null) {
            softly.assertThat(e.deff()).as(r + ": deff undefined as in survey").isNull();
        }
    }

    private static String key(String statistic, String variable, String domainVar, String domainValue) {
        return statistic + "|" + variable + "|" + domainVar + "|" + domainValue;
    }
}
