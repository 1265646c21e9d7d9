package nl.weegschaal.publish.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five queries of README's "Querying the result", run on the sample wave's result as they are written. */
class ResultQueriesTest {
    @TempDir
    static Path project;
    static Path result;
    static List<String> queries;

    @BeforeAll
    static void runTheSampleWaveAndReadTheReadme() throws Exception {
        Path spec = SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", spec.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        result = project.resolve("out/wave-2024.duckdb");
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Querying the result");
        assertThat(start).as("README has the section").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n#", start + 1));
        queries = new ArrayList<>();
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) {
            queries.add(m.group(1).strip().replaceAll(";$", ""));
        }
    }

    static List<Map<String, Object>> query(int number) throws Exception {
        return DuckDb.query(result, queries.get(number - 1));
    }

    @Test
    void theReadmeHasFiveQueries() {
        assertThat(queries).hasSize(5);
    }

    @Test
    void percentagePerAnswerBySizeClassIsLabelledAndOrdered() throws Exception {
        List<Map<String, Object>> rows = query(1);
        assertThat(rows).hasSize(3 * 6);
        assertThat(rows.get(0)).containsEntry("size_class", "2-19 werknemers").containsEntry("answer", "In zeer hoge mate");
        assertThat(rows.get(rows.size() - 1)).containsEntry("size_class", "100 of meer werknemers")
                .containsEntry("answer", "Weet niet");
    }

    @Test
    void publishableCellsOfAQuestionAreThoseTheReliabilityRulesPublish() throws Exception {
        List<Map<String, Object>> rows = query(2);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat((Long) r.get("n")).isGreaterThanOrEqualTo(10));
        assertThat((long) rows.size()).isEqualTo(DuckDb.query(result, "SELECT count(*) AS c FROM estimates WHERE "
                + "variable = 'banen_erbij' AND reliability = 'publishable'").get(0).get("c"));
        assertThat(rows.get(0)).containsEntry("breakdown_nl", "Totaal").containsEntry("answer_nl", "Ja");
    }

    @Test
    void jaSharesOfEveryYesNoQuestionForAllEmployers() throws Exception {
        List<Map<String, Object>> rows = query(3);
        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(r -> (Double) r.get("pct_ja")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void weightsSummaryHasTheTotalAndEveryBreakdownValue() throws Exception {
        List<Map<String, Object>> rows = query(4);
        assertThat(rows).hasSize(1 + 3 + 16);
        assertThat(rows.get(0)).containsEntry("domain_nl", "Totaal").containsEntry("respondents", 2306L);
    }

    @Test
    void rejectsByReasonCountEveryProblem() throws Exception {
        List<Map<String, Object>> rows = query(5);
        assertThat(rows.stream().mapToLong(r -> (Long) r.get("problems")).sum())
                .isEqualTo(DuckDb.single(result, "SELECT count(*) FROM rejects"));
        assertThat(rows).extracting(r -> r.get("source") + ": " + r.get("reason"))
                .contains("cati.csv: number of employees is missing");
    }
}
