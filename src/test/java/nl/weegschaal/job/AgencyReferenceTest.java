package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.ReferenceAssertions;
import nl.weegschaal.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The whole wave job on a second agency's wave ({@code src/test/resources/reference/agency}, see its
 * README): a tab-separated Windows-1252 telephone export with its own codes for "no answer", an online
 * workbook that ticks options with their labels, a questionnaire and a spec of their own. Every cell
 * of {@code estimates} and every weight is compared with R's survey run on the raw exports by a
 * script of its own, and {@code rejects} with the planted bad records the README lists.
 */
class AgencyReferenceTest {
    static final Path AGENCY = Path.of("src/test/resources/reference/agency");
    static final List<String> INPUTS = List.of("agency.yml", "frame.csv", "levering/telefonisch.csv",
            "levering/online.xlsx");
    static final String NULL = "(null)";
    static final String EMPTY = "(empty)";

    @TempDir
    static Path project;
    static CliRun run;
    static Path result;

    /** Runs the wave once, on a copy of the agency's folder, so that its output stays in the test's folder. */
    @BeforeAll
    static void runTheAgencysWave() throws IOException {
        for (String file : INPUTS) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.copy(AGENCY.resolve(file), project.resolve(file));
        }
        run = CliRun.of(project.resolve("home"), "run", project.resolve("agency.yml").toString());
        result = project.resolve("out/agency-2025.duckdb");
    }

    @Test
    void runsToTheEndAndCountsWhatItReadRejectedAndWeighed() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> planted = planted();
        long records = planted.stream().map(row -> row.substring(0, row.indexOf(" | ", row.indexOf(" | ") + 3)))
                .distinct().count();
        int respondents = ReferenceTable.weights(AGENCY.resolve("stratified_weights.csv")).size();
        assertThat(run.out()).containsPattern(String.format("records rejected +%d \\(%d reasons\\)", records,
                        planted.size()))
                .containsPattern(String.format("respondents weighted +%,d in 47 strata \\(1 frame strata without "
                        + "respondents\\)", respondents)).contains("agency-2025.duckdb");
    }

    @Test
    void everyCellOfTheEstimatesMatchesSurvey() throws Exception {
        List<Estimate> estimates = DuckDb.estimates(result);
        ReferenceTable reference = ReferenceTable.load(AGENCY.resolve("stratified.csv"));
        ReferenceAssertions.Agreement agreement = ReferenceAssertions.assertMatches(estimates, reference);
        assertThat(estimates).as("one row per cell").hasSize(reference.rows().size());
        LoggerFactory.getLogger(AgencyReferenceTest.class).info("{} cells agree with survey; largest difference "
                + "per column (relative): {}", agreement.cells(), agreement.largestDifference());
    }

    @Test
    void everyRespondentIsWeightedAsSurveyWeighsThem() throws Exception {
        Map<String, Double> expected = ReferenceTable.weights(AGENCY.resolve("stratified_weights.csv"));
        Map<String, Double> actual = new HashMap<>();
        for (Map<String, Object> row : DuckDb.query(result, "SELECT id, weight FROM weights")) {
            assertThat(actual.put((String) row.get("id"), (Double) row.get("weight"))).as("weighted once").isNull();
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, weight) -> assertThat(actual.get(id)).as(id).isCloseTo(weight, within(1e-9 * weight)));
    }

    @Test
    void everyPlantedBadRecordIsRejectedWithItsFieldAndReasonAndNoOtherRecordIs() throws Exception {
        List<String> rejects = DuckDb.query(result, "SELECT source, line, respondent_id, field, value, reason "
                + "FROM rejects").stream().map(AgencyReferenceTest::reject).toList();
        assertThat(rejects).containsExactlyInAnyOrderElementsOf(planted());
    }

    @Test
    void theEmptyTheLonelyAndTheCertaintyStratumAreThoseTheReadmeNames() throws Exception {
        List<Map<String, Object>> special = DuckDb.query(result, "SELECT sector || ' x ' || grootte AS stratum, "
                + "dropped, lonely, certainty FROM strata WHERE dropped OR lonely OR certainty ORDER BY 1");
        assertThat(special).extracting(row -> row.get("stratum") + " " + (row.get("dropped").equals(true) ? "dropped"
                : row.get("lonely").equals(true) ? "lonely" : "certainty"))
                .containsExactly("01 x 50+ dropped", "07 x 50+ lonely", "09 x 50+ certainty");
    }

    /** A row of the rejects table as the README's planted table shows it. */
    private static String reject(Map<String, Object> row) {
        return String.join(" | ", (String) row.get("source"), row.get("line").toString(),
                shown((String) row.get("respondent_id")), (String) row.get("field"), shown((String) row.get("value")),
                (String) row.get("reason"));
    }

    private static String shown(String value) {
        return value == null ? NULL : value.isEmpty() ? EMPTY : value;
    }

    /** The rows of the README's table of planted bad records: source, line, id, field, value, reason. */
    static List<String> planted() throws IOException {
        List<String> lines = Files.readAllLines(AGENCY.resolve("README.md"), StandardCharsets.UTF_8);
        int begin = lines.indexOf("<!-- planted:begin -->");
        int end = lines.indexOf("<!-- planted:end -->");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(begin + 3, end)) {
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            List<String> values = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                values.add(cells[c].replace("`", ""));
            }
            rows.add(String.join(" | ", values));
        }
        assertThat(rows).as("planted records in the README").isNotEmpty();
        return rows;
    }
}
