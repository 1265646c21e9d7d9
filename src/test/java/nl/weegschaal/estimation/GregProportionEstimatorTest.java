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
 * Every proportion cell (sch.wide with nonresponse, band, and stype, which the calibration fixes;
 * whole sample, each stype and each grp value, among them a domain of one school and one where
 * nobody answered) against survey's svymean(deff = TRUE) on apistrat calibrated to ~ stype + enroll,
 * for each calfun and bounds, and on a design with a lonely stratum under adjust and remove:
 * estimate, se, deff, df, n, weighted count, Wald, logit and Korn-Graubard bounds.
 */
class GregProportionEstimatorTest {
    @ParameterizedTest
    @CsvSource({"linear,full", "linear_bounded,full", "raking,full", "raking_bounded,full", "logit,full",
        "logit_tight,full", "linear,lonely_adjust", "raking,lonely_adjust", "linear,lonely_remove",
        "raking,lonely_remove"})
    void everyProportionCellMatchesSurveyOnTheCalibratedDesign(String caseName, String designName) {
        GregReference reference = new GregReference(caseName, designName);
        Map<String, Estimate> mine = new HashMap<>();
        for (Estimate e : estimates(reference)) {
            mine.put(key(e.variable(), e.level(), e.domainVar(), e.domainValue()), e);
        }
        List<CSVRecord> expected = GregReference.cells(caseName, designName, "proportion");
        assertThat(mine).hasSameSizeAs(expected);

        SoftAssertions softly = new SoftAssertions();
        for (CSVRecord r : expected) {
            Estimate e = mine.get(key(r.get("variable"), r.get("level"), r.get("domain_var"), r.get("domain_value")));
            softly.assertThat(e).as("a row for " + r).isNotNull();
            if (e != null) {
                compare(softly, r, e);
            }
        }
        softly.assertAll();
    }

    static List<Estimate> estimates(GregReference reference) {
        GregProportionEstimator estimator = new GregProportionEstimator(reference.design, 0.95);
        List<Estimate> rows = new ArrayList<>();
        int[] whole = new int[reference.rows.size()];
        for (String variable : List.of("sch.wide", "band", "stype")) {
            List<String> levels = reference.values(variable);
            int[] answer = reference.indices(variable, levels);
            rows.addAll(estimator.estimate(variable, levels, answer, "_total", List.of("_total"), whole));
            for (String domainVar : List.of("stype", "grp")) {
                List<String> values = reference.values(domainVar);
                rows.addAll(estimator.estimate(variable, levels, answer, domainVar, values,
                        reference.indices(domainVar, values)));
            }
        }
        return rows;
    }

    private static void compare(SoftAssertions softly, CSVRecord r, Estimate e) {
        GregCellCheck check = new GregCellCheck(softly, r);
        check.whole("n", e.nUnweighted());
        check.whole("df", e.df());
        check.same("weighted_count", e.weightedCount(), 1);
        check.same("estimate", e.estimate(), 1);
        check.se(e.se());
        if (!check.vanishing()) {
            check.sameWhereDefined("deff", e.deff(), 0);
            check.sameWhereDefined("wald_low", e.wald().low(), 1);
            check.sameWhereDefined("wald_high", e.wald().high(), 1);
            check.sameWhereDefined("logit_low", e.logit().low(), 1);
            check.sameWhereDefined("logit_high", e.logit().high(), 1);
            check.sameWhereDefined("beta_low", e.beta().low(), 1);
            check.sameWhereDefined("beta_high", e.beta().high(), 1);
        }
        if (GregReference.number(r, "deff") == null) {
            softly.assertThat(e.deff()).as(r + ": deff undefined as in survey").isNull();
        }
    }

    private static String key(String variable, String level, String domainVar, String domainValue) {
        return variable + "|" + level + "|" + domainVar + "|" + domainValue;
    }
}
