package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code weigh --numeric --ratio} under weights calibrated to margins, end to end against R's survey
 * (src/test/r/make_numeric_reference.R): apistrat post-stratified to the stype counts, and raked to the
 * stype and awards margins of apipop; every total, mean and ratio (estimate, se, Wald, deff, df, n,
 * weighted count) for the total and each sch.wide domain, to 1e-9 relative.
 */
class WeighNumericCalibratedTest {
    static final Path NUMERIC = Path.of("src/test/resources/reference/numeric");
    private static final double RELATIVE = 1e-9;
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"poststratify, stype", "rake, 'stype,awards'"})
    void everyNumericRowMatchesSurvey(String method, String strata) throws Exception {
        Path responses = dir.resolve("responses.csv");
        StringBuilder csv = new StringBuilder("cds,stype,awards,sch.wide,api00,enroll,api.stu,const\n");
        for (CSVRecord r : records(NUMERIC.resolve("apistrat_numeric_calibrated.csv"))) {
            List<String> cells = new ArrayList<>();
            r.forEach(cell -> cells.add(cell.equals("NA") ? "" : cell));
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(responses, csv);
        Path result = dir.resolve(method + ".duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", responses.toString(), "--frame",
                NUMERIC.resolve(method + "_frame.csv").toString(), "--strata", strata, "--vars", "sch.wide",
                "--domains", "sch.wide", "--numeric", "api00,enroll,api.stu,const", "--ratio", "api.stu/enroll",
                "--method", method, "--id", "cds", "--out", result.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        SoftAssertions soft = new SoftAssertions();
        for (CSVRecord e : records(NUMERIC.resolve(method + ".csv"))) {
            String domainVar = e.get("domain_var").equals("_total") ? "total" : e.get("domain_var");
            String domainValue = e.get("domain_value").equals("_total") ? "total" : e.get("domain_value");
            List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM estimates WHERE statistic = '"
                    + e.get("statistic") + "' AND variable = '" + e.get("variable") + "' AND domain_var = '" + domainVar
                    + "' AND domain_value = '" + domainValue + "'");
            String cell = method + " " + e.get("statistic") + " " + e.get("variable") + " " + domainValue;
            soft.assertThat(rows).as(cell).hasSize(1);
            if (rows.size() != 1) {
                continue;
            }
            Map<String, Object> row = rows.get(0);
            soft.assertThat(row.get("n_unweighted")).as(cell).isEqualTo(Long.parseLong(e.get("n")));
            soft.assertThat(row.get("df")).as(cell).isEqualTo(Long.parseLong(e.get("df")));
            soft.assertThat(row.get("method")).as(cell).isEqualTo(method);
            close(soft, cell + " weighted_count", row.get("weighted_count"), e.get("weighted_count"));
            close(soft, cell + " estimate", row.get("estimate"), e.get("estimate"));
            close(soft, cell + " se", row.get("se"), e.get("se"));
            double estimate = Double.parseDouble(e.get("estimate"));
            double se = Double.parseDouble(e.get("se"));
            close(soft, cell + " wald low", row.get("ci_wald_low"), Double.toString(estimate - 1.96 * se));
            close(soft, cell + " wald high", row.get("ci_wald_high"), Double.toString(estimate + 1.96 * se));
            if (e.get("deff").equals("NA")) {
                soft.assertThat(row.get("deff")).as(cell + " deff").isNull();
            } else {
                close(soft, cell + " deff", row.get("deff"), e.get("deff"));
            }
        }
        soft.assertAll();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords());
        }
    }

    private static void close(SoftAssertions soft, String cell, Object actual, String expected) {
        double want = Double.parseDouble(expected);
        soft.assertThat((Double) actual).as(cell).isCloseTo(want,
                org.assertj.core.api.Assertions.within(Math.max(1e-12, Math.abs(want) * RELATIVE)));
    }
}
