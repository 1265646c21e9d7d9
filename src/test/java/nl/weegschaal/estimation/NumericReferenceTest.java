package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric cell (total, mean, ratio; whole sample and each {@code sch.wide} domain; estimate,
 * se, Wald, deff, df, n, weighted count) against R's survey on apistrat with item nonresponse, made
 * by src/test/r/make_numeric_reference.R: the full stratified design, and one where stratum H keeps a
 * single school (lonely) under {@code adjust} and {@code remove}.
 */
class NumericReferenceTest {
    private static final Path DIR = Path.of("src/test/resources/reference/numeric");
    private static final double RELATIVE = 1e-9;
    private static final String LONE_SCHOOL = "10621661035831";

    /** apistrat_numeric.csv as columns, restricted to the design's rows. */
    record Sample(List<String> stype, double[] fpc, List<String> schWide, Map<String, double[]> values) {
        static Sample read(boolean lonely) throws IOException {
            List<CSVRecord> rows = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(DIR.resolve("apistrat_numeric.csv"))) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    if (!lonely || !r.get("stype").equals("H") || r.get("cds").equals(LONE_SCHOOL)) {
                        rows.add(r);
                    }
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String v : List.of("api00", "enroll", "api.stu", "const")) {
                values.put(v, rows.stream().mapToDouble(r -> number(r.get(v))).toArray());
            }
            return new Sample(rows.stream().map(r -> r.get("stype")).toList(),
                    rows.stream().mapToDouble(r -> number(r.get("fpc"))).toArray(),
                    rows.stream().map(r -> r.get("sch.wide")).toList(), values);
        }

        NumericEstimator estimator(LonelyPsu rule) {
            List<String> keys = stype.stream().distinct().sorted().toList();
            List<StratumWeight> strata = new ArrayList<>();
            int[] stratum = new int[stype.size()];
            for (int h = 0; h < keys.size(); h++) {
                int n = 0;
                double population = 0;
                for (int i = 0; i < stratum.length; i++) {
                    if (stype.get(i).equals(keys.get(h))) {
                        stratum[i] = h;
                        n++;
                        population = fpc[i];
                    }
                }
                strata.add(new StratumWeight(StratumKey.of(keys.get(h)), population, n, population / n));
            }
            Design design = new Design(WeightingMethod.STRATIFIED, rule, List.of("stype"), strata);
            return NumericEstimator.of(design, stratum);
        }

        boolean[] domain(String var, String value) {
            boolean[] in = new boolean[schWide.size()];
            for (int i = 0; i < in.length; i++) {
                in[i] = var.equals("_total") || schWide.get(i).equals(value);
            }
            return in;
        }
    }

    private static double number(String text) {
        return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"stratified_adjust, false, ADJUST", "lonely_adjust, true, ADJUST", "lonely_remove, true, REMOVE"})
    void everyCellMatchesSurvey(String file, boolean lonely, LonelyPsu rule) throws IOException {
        Sample sample = Sample.read(lonely);
        NumericEstimator estimator = sample.estimator(rule);
        SoftAssertions soft = new SoftAssertions();
        int cells = 0;
        try (Reader in = Files.newBufferedReader(DIR.resolve(file + ".csv"))) {
            for (CSVRecord want : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                NumericEstimate got = find(estimator, sample, want);
                compare(soft, want, got);
                cells++;
            }
        }
        soft.assertAll();
        assertThat(cells).isEqualTo(21);
    }

    private static NumericEstimate find(NumericEstimator estimator, Sample sample, CSVRecord want) {
        String variable = want.get("variable");
        String dvar = want.get("domain_var");
        String dval = want.get("domain_value");
        boolean[] domain = sample.domain(dvar, dval);
        if (want.get("statistic").equals("ratio")) {
            String[] parts = variable.split("/");
            Optional<NumericEstimate> ratio = estimator.ratio(parts[0], sample.values().get(parts[0]), parts[1],
                    sample.values().get(parts[1]), dvar, dval, domain);
            return ratio.orElseThrow();
        }
        int index = want.get("statistic").equals("total") ? 0 : 1;
        return estimator.totalAndMean(variable, sample.values().get(variable), dvar, dval, domain).get(index);
    }

    private static void compare(SoftAssertions soft, CSVRecord want, NumericEstimate got) {
        String cell = want.get("statistic") + " " + want.get("variable") + " " + want.get("domain_value");
        soft.assertThat(got.statistic().code()).as(cell).isEqualTo(want.get("statistic"));
        soft.assertThat(got.variable()).as(cell).isEqualTo(want.get("variable"));
        soft.assertThat(got.nUnweighted()).as(cell + " n").isEqualTo(Long.parseLong(want.get("n")));
        soft.assertThat(got.df()).as(cell + " df").isEqualTo(Long.parseLong(want.get("df")));
        close(soft, cell + " weighted count", got.weightedCount(), number(want.get("weighted_count")));
        close(soft, cell + " estimate", got.estimate(), number(want.get("estimate")));
        double se = number(want.get("se"));
        close(soft, cell + " se", got.se(), se);
        double estimate = number(want.get("estimate"));
        close(soft, cell + " wald low", got.wald().low(), estimate - 1.96 * se);
        close(soft, cell + " wald high", got.wald().high(), estimate + 1.96 * se);
        double deff = number(want.get("deff"));
        if (Double.isNaN(deff)) {
            soft.assertThat(got.deff()).as(cell + " deff").isNull();
        } else {
            soft.assertThat(got.deff()).as(cell + " deff").isNotNull();
            if (got.deff() != null) {
                close(soft, cell + " deff", got.deff(), deff);
            }
        }
    }

    /** Relative agreement; an expected 0 must be 0 to 1e-9 of nothing, i.e. exactly tiny. */
    private static void close(SoftAssertions soft, String what, double got, double want) {
        double scale = Math.max(Math.abs(want), want == 0 ? 1e-300 : 0);
        soft.assertThat(Math.abs(got - want) / scale).as(what + ": got " + got + ", R " + want)
                .isLessThanOrEqualTo(RELATIVE);
    }
}
