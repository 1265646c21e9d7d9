package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weigh --numeric --ratio} end to end on apistrat with item nonresponse (empty cells): every
 * total, mean and ratio row of {@code estimates}, for the total and each {@code sch.wide} domain, against
 * R's survey (src/test/r/make_numeric_reference.R, stratified_adjust.csv), to 1e-9 relative.
 */
class WeighNumericTest {
    static final Path NUMERIC = Path.of("src/test/resources/reference/numeric");
    private static final double RELATIVE = 1e-9;
    @TempDir
    static Path dir;
    static Path result;
    static CliRun run;

    @BeforeAll
    static void weigh() throws IOException {
        Path responses = dir.resolve("responses.csv");
        Path frame = dir.resolve("frame.csv");
        writeExports(responses, frame);
        result = dir.resolve("out/numeric.duckdb");
        run = CliRun.of(dir.resolve("home"), "weigh", "--responses", responses.toString(), "--frame",
                frame.toString(), "--strata", "stype", "--vars", "sch.wide", "--domains", "sch.wide",
                "--numeric", "api00,enroll,api.stu,const", "--ratio", "api.stu/enroll", "--method", "stratified",
                "--id", "cds", "--out", result.toString());
    }

    /** apistrat_numeric.csv as weigh reads it: R's NA written as an empty cell; the frame from fpc. */
    private static void writeExports(Path responses, Path frame) throws IOException {
        StringBuilder csv = new StringBuilder("cds,stype,sch.wide,api00,enroll,api.stu,const\n");
        Map<String, String> population = new LinkedHashMap<>();
        for (CSVRecord r : records(NUMERIC.resolve("apistrat_numeric.csv"))) {
            csv.append(String.join(",", r.get("cds"), r.get("stype"), r.get("sch.wide"), cell(r.get("api00")),
                    cell(r.get("enroll")), cell(r.get("api.stu")), cell(r.get("const")))).append('\n');
            population.put(r.get("stype"), r.get("fpc"));
        }
        Files.writeString(responses, csv);
        StringBuilder frameCsv = new StringBuilder("stype,N\n");
        population.forEach((stype, n) -> frameCsv.append(stype).append(',').append(n).append('\n'));
        Files.writeString(frame, frameCsv);
    }

    private static String cell(String value) {
        return value.equals("NA") ? "" : value;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords());
        }
    }

    @Test
    void everyNumericRowMatchesSurvey() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> expected = records(NUMERIC.resolve("stratified_adjust.csv"));
        SoftAssertions soft = new SoftAssertions();
        for (CSVRecord e : expected) {
            String domainVar = e.get("domain_var").equals("_total") ? "total" : e.get("domain_var");
            String domainValue = e.get("domain_value").equals("_total") ? "total" : e.get("domain_value");
            List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM estimates WHERE statistic = '"
                    + e.get("statistic") + "' AND variable = '" + e.get("variable") + "' AND domain_var = '" + domainVar
                    + "' AND domain_value = '" + domainValue + "'");
            soft.assertThat(rows).as(e.toString()).hasSize(1);
            if (rows.size() != 1) {
                continue;
            }
            Map<String, Object> row = rows.get(0);
            String cell = e.get("statistic") + " " + e.get("variable") + " " + domainValue;
            soft.assertThat(row.get("level")).as(cell).isNull();
            soft.assertThat(row.get("n_unweighted")).as(cell).isEqualTo(Long.parseLong(e.get("n")));
            soft.assertThat(row.get("df")).as(cell).isEqualTo(Long.parseLong(e.get("df")));
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
            for (String column : List.of("ci_logit_low", "ci_logit_high", "ci_beta_low", "ci_beta_high")) {
                soft.assertThat(row.get(column)).as(cell + " " + column).isNull();
            }
        }
        // and api.stu's own total and mean (not in the reference, which has api.stu only in the ratio)
        soft.assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic <> 'proportion'"))
                .isEqualTo(expected.size() + 2L * 3);
        soft.assertAll();
    }

    @Test
    void proportionsKeepTheirStatisticAndLevel() throws Exception {
        assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic = 'proportion' AND level IS NULL"))
                .isEqualTo(0L);
        assertThat((Long) DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic = 'proportion'"))
                .isPositive();
    }

    @Test
    void smallDomainsOfNumericRowsFollowTheSmallNRule() throws Exception {
        // every apistrat cell has at least 46 schools: none is suppressed for n; the constant has no relative width
        assertThat(DuckDb.query(result, "SELECT reliability, reliability_reason FROM estimates WHERE "
                + "statistic = 'mean' AND variable = 'const'")).allSatisfy(row ->
                assertThat(row.get("reliability")).isEqualTo("publishable"));
    }

    private static void close(SoftAssertions soft, String cell, Object actual, String expected) {
        double want = Double.parseDouble(expected);
        soft.assertThat((Double) actual).as(cell).isCloseTo(want,
                org.assertj.core.api.Assertions.within(Math.max(1e-12, Math.abs(want) * RELATIVE)));
    }
}
