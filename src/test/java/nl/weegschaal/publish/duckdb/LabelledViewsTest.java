package nl.weegschaal.publish.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labelled views of a wave's result, on the sample wave: labels, order, numbers, names. */
class LabelledViewsTest {
    @TempDir
    static Path project;
    static Path result;

    @BeforeAll
    static void runTheSampleWave() throws Exception {
        Path spec = SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", spec.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        result = project.resolve("out/wave-2024.duckdb");
    }

    @Test
    void everyEstimateIsOneRowOfTablesWithItsPercentageAndIntervalInPoints() throws Exception {
        assertThat(DuckDb.single(result, "SELECT count(*) FROM tables"))
                .isEqualTo(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic = 'proportion'"));
        assertThat(DuckDb.single(result, "SELECT count(*) FROM tables t JOIN estimates e ON e.variable = t.variable "
                + "AND e.level = t.answer AND e.domain_var = t.breakdown AND e.domain_value = t.domain_value "
                + "WHERE abs(t.pct - 100 * e.estimate) > 1e-9 OR abs(t.ci_low - 100 * e.ci_beta_low) > 1e-9 "
                + "OR abs(t.ci_high - 100 * e.ci_beta_high) > 1e-9 OR t.n <> e.n_unweighted")).isEqualTo(0L);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM tables WHERE answer_nl IS NULL OR question_nl IS NULL "
                + "OR domain_nl IS NULL OR answer_order IS NULL OR domain_order IS NULL")).isEqualTo(0L);
    }

    @Test
    void sizeClassesAreInTheirNaturalOrderWithTheirNames() throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT DISTINCT domain_value, domain_nl, domain_order "
                + "FROM tables WHERE breakdown = 'size_class' ORDER BY domain_order");
        assertThat(rows).extracting(r -> r.get("domain_value") + "=" + r.get("domain_nl")).containsExactly(
                "2-19=2-19 werknemers", "20-99=20-99 werknemers", "100+=100 of meer werknemers");
    }

    @Test
    void sectorClustersHaveTheirNames() throws Exception {
        assertThat(DuckDb.single(result, "SELECT DISTINCT domain_nl FROM tables WHERE breakdown = 'sector_cluster' "
                + "AND domain_value = '08'")).isEqualTo("Informatie en communicatie");
        assertThat(DuckDb.single(result, "SELECT count(DISTINCT domain_order) FROM tables "
                + "WHERE breakdown = 'sector_cluster'")).isEqualTo(16L);
    }

    @Test
    void levelsAreInCodebookOrderAndTheDerivedLevelIsFlaggedSoPlainLevelsAddUpTo100() throws Exception {
        assertThat(DuckDb.query(result, "SELECT answer, derived FROM tables WHERE variable = 'ai_gebruik' "
                + "AND breakdown = 'total' ORDER BY answer_order")).extracting(r -> r.get("answer") + "/" + r.get("derived"))
                .containsExactly("zeer_hoge_mate/false", "hoge_mate/false", "redelijke_mate/false", "beperkte_mate/false",
                        "helemaal_niet/false", "weet_niet/false", "hoog_of_redelijk/true");
        List<Map<String, Object>> sums = DuckDb.query(result, "SELECT breakdown, domain_value, sum(pct) AS total "
                + "FROM tables WHERE question_type = 'single' AND NOT derived GROUP BY breakdown, domain_value, variable");
        assertThat(sums).isNotEmpty().allSatisfy(r -> assertThat((Double) r.get("total")).isCloseTo(100, within(1e-6)));
    }

    @Test
    void noColumnOfAViewNeedsQuoting() throws Exception {
        List<Map<String, Object>> columns = DuckDb.query(result, "SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_name IN ('tables', 'breakdowns', 'respondents', "
                + "'weight_summary')");
        assertThat(columns).extracting(r -> (String) r.get("table_name")).contains("tables", "breakdowns",
                "respondents", "weight_summary");
        assertThat(columns).extracting(r -> (String) r.get("column_name")).allMatch(c -> c.matches("[a-z_][a-z0-9_]*"));
    }

    @Test
    void respondentsHaveNumbersAsNumbersOptionsAsZeroOrOneAndTheirWeight() throws Exception {
        assertThat(DuckDb.query(result, "SELECT column_name, data_type FROM information_schema.columns WHERE "
                + "table_name = 'respondents' AND column_name IN ('employees', 'functies_veranderen_welke_ict', "
                + "'weight') ORDER BY column_name")).extracting(r -> r.get("column_name") + ":" + r.get("data_type"))
                .containsExactly("employees:BIGINT", "functies_veranderen_welke_ict:INTEGER", "weight:DOUBLE");
        assertThat(DuckDb.single(result, "SELECT count(*) FROM respondents r JOIN responses s USING (id) WHERE "
                + "r.employees <> CAST(s.employees AS BIGINT) OR r.functies_veranderen_welke_ict IS DISTINCT FROM "
                + "CAST(s.\"functies_veranderen_welke.ict\" AS INTEGER)")).isEqualTo(0L);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM respondents WHERE functies_veranderen_welke_ict "
                + "NOT IN (0, 1)")).isEqualTo(0L);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM respondents")).isEqualTo(2306L);
        assertThat((Double) DuckDb.single(result, "SELECT sum(weight) FROM respondents"))
                .isCloseTo((Double) DuckDb.single(result, "SELECT sum(weight) FROM weights"), within(1e-6));
        assertThat(DuckDb.single(result, "SELECT DISTINCT size_class_order FROM respondents WHERE size_class = '100+'"))
                .isEqualTo(3);
    }

    @Test
    void theTablesKeepTheirColumns() throws Exception {
        assertThat(DuckDb.query(result, "SELECT data_type FROM information_schema.columns WHERE table_name = "
                + "'responses' AND column_name = 'employees'")).extracting(r -> r.get("data_type"))
                .containsExactly("VARCHAR");
        assertThat(DuckDb.single(result, "SELECT count(*) FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                + "AND table_name IN ('tables', 'respondents', 'breakdowns', 'weight_summary')")).isEqualTo(0L);
    }

    @Test
    void numericTablesHasEveryTotalMeanAndRatioInItsUnitWithBreakdownNames() throws Exception {
        assertThat(DuckDb.single(result, "SELECT count(*) FROM numeric_tables"))
                .isEqualTo(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic <> 'proportion'"));
        Map<String, Object> total = DuckDb.query(result, "SELECT * FROM numeric_tables WHERE variable = 'vacatures' "
                + "AND statistic = 'total' AND breakdown = 'size_class' AND domain_value = '2-19'").get(0);
        assertThat(total).containsEntry("unit_nl", "vacatures").containsEntry("unit_en", "vacancies")
                .containsEntry("domain_nl", "2-19 werknemers").containsEntry("breakdown_nl", "Grootteklasse");
        assertThat(total.get("estimate")).isEqualTo(DuckDb.single(result, "SELECT estimate FROM estimates WHERE "
                + "variable = 'vacatures' AND statistic = 'total' AND domain_value = '2-19'"));
        assertThat(DuckDb.single(result, "SELECT count(*) FROM numeric_tables WHERE statistic = 'ratio' "
                + "AND variable = 'banen_verlies_verwacht/vacatures'")).isEqualTo(1L + 3 + 16);
    }

    @Test
    void tablesCarriesEachCellsReliabilityAndItsReason() throws Exception {
        assertThat(DuckDb.single(result, "SELECT count(*) FROM tables t JOIN estimates e ON e.variable = t.variable "
                + "AND e.level = t.answer AND e.domain_var = t.breakdown AND e.domain_value = t.domain_value "
                + "WHERE t.reliability IS NOT DISTINCT FROM e.reliability "
                + "AND t.reliability_reason IS NOT DISTINCT FROM e.reliability_reason"))
                .isEqualTo(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE statistic = 'proportion'"));
        assertThat(DuckDb.single(result, "SELECT count(DISTINCT reliability) FROM tables")).isEqualTo(3L);
    }

    @Test
    void snakeCaseNamesNeedNoQuoting() {
        assertThat(LabelledViews.snakeCase("functies_veranderen_welke.sales_verkoop"))
                .isEqualTo("functies_veranderen_welke_sales_verkoop");
        assertThat(LabelledViews.snakeCase("Aantal werkzame-personen")).isEqualTo("aantal_werkzame_personen");
        assertThat(LabelledViews.snakeCase("2e_vraag")).isEqualTo("_2e_vraag");
    }
}
