package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The types of the published categorical columns: every value a column can hold from the tables it is
 * decoded from, in text order, so that queries see the same text; numbers, free text and columns
 * without values as they were.
 */
class CategoryTypesTest {
    @TempDir
    Path dir;
    WaveSpec spec;
    RunStore store;

    @AfterEach
    void close() {
        store.close();
    }

    @BeforeEach
    void stage() throws Exception {
        spec = SpecLoader.load(Path.of("jobs/wave-2024.yml"));
        store = RunStore.open(dir.resolve("work.duckdb"));
        store.createIngestTables(spec.fields());
        store.execute("INSERT INTO staged_inputs VALUES (0, 'cati', 'cati.csv', 'CATI'), (1, 'cawi', 'cawi.xlsx', 'CAWI')");
        int ai = spec.fields().indexOf("ai_gebruik");
        // the second export numbers the values otherwise, and has one the first has not
        store.execute("INSERT INTO staged_values VALUES (0, " + ai + ", 0, 'redelijk'), (0, " + ai + ", 1, 'beperkt'), "
                + "(1, " + ai + ", 0, 'beperkt'), (1, " + ai + ", 1, 'hoog'), (1, " + ai + ", 2, 'redelijk')");
        int vacancies = spec.fields().indexOf("vacatures");
        store.execute("INSERT INTO staged_values VALUES (0, " + vacancies + ", 0, '12'), (0, " + vacancies + ", 1, '3')");
        int sbi = spec.fields().indexOf("sbi");
        store.execute("INSERT INTO staged_values VALUES (0, " + sbi + ", 0, '6201'), (0, " + sbi + ", 1, '4711')");
        int gone = spec.fields().indexOf("banen_verdwijnen");
        store.execute("INSERT INTO staged_values SELECT 0, " + gone + ", i, 'antwoord ' || i FROM range("
                + (CategoryTypes.MOST + 1) + ") t(i)");
        for (int k = 0; k < spec.strata().size(); k++) {
            store.execute("CREATE TABLE " + RunStore.stratumMap(k) + " (input_order SMALLINT, code INTEGER, value VARCHAR, "
                    + "stratum VARCHAR, problem VARCHAR)");
        }
        int size = spec.strataColumns().indexOf("size_class");
        store.execute("INSERT INTO " + RunStore.stratumMap(size) + " VALUES (0, 0, '250', '100+', NULL), "
                + "(0, 1, '5', '2-19', NULL), (1, 0, '5', '2-19', NULL), (1, 1, '1', NULL, 'too small')");
    }

    @Test
    void aCategoricalColumnHoldsEveryValueOfEveryExportInTextOrder() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            CategoryTypes types = CategoryTypes.of(s, spec, "");
            assertThat(types.cast("ai_gebruik", "x")).isEqualTo("CAST(x AS ENUM('beperkt', 'hoog', 'redelijk'))");
            assertThat(types.cast("size_class", "x")).as("the stratum map's strata, not its problems")
                    .isEqualTo("CAST(x AS ENUM('100+', '2-19'))");
            assertThat(types.cast("mode", "x")).isEqualTo("CAST(x AS ENUM('CATI', 'CAWI'))");
            assertThat(types.cast("source", "x")).isEqualTo("CAST(x AS ENUM('cati.csv', 'cawi.xlsx'))");
            assertThat(types.castList("ai_gebruik", "l")).isEqualTo("CAST(l AS ENUM('beperkt', 'hoog', 'redelijk')[])");
        }
    }

    @Test
    void aMultipleResponseOptionIsACategoryOfItsTickedAndNotTickedValues() throws Exception {
        int ict = spec.fields().indexOf("functies_veranderen_welke.ict");
        store.execute("INSERT INTO staged_values VALUES (0, " + ict + ", 0, '1'), (0, " + ict + ", 1, '0'), (1, " + ict
                + ", 0, '0')");
        try (Statement s = store.connection().createStatement()) {
            CategoryTypes types = CategoryTypes.of(s, spec, "");
            assertThat(types.cast("functies_veranderen_welke.ict", "x")).isEqualTo("CAST(x AS ENUM('0', '1'))");
            assertThat(types.cast("functies_veranderen_welke.overig", "x")).as("no values").isEqualTo("x");
        }
        assertThat(spec.isCategorical("functies_veranderen_welke.ict")).isTrue();
        assertThat(spec.isCategorical("functies_veranderen_welke.onbekend")).as("not an option").isFalse();
        assertThat(spec.isCategorical("vacatures")).isFalse();
    }

    @Test
    void numbersFreeTextAndColumnsWithoutValuesStayAsTheyWere() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            CategoryTypes types = CategoryTypes.of(s, spec, "");
            assertThat(types.cast("vacatures", "x")).as("a numeric question").isEqualTo("x");
            assertThat(types.cast("banen_verdwijnen", "x")).as("more values than a category has").isEqualTo("x");
            assertThat(types.cast("sbi", "x")).as("not a question").isEqualTo("x");
            assertThat(types.cast("banen_erbij", "x")).as("no values").isEqualTo("x");
            assertThat(types.cast("sector_cluster", "x")).as("an empty map").isEqualTo("x");
            assertThat(types.castList("banen_verdwijnen", "l")).isEqualTo("l");
        }
    }

    @Test
    void aValueOutsideTheTypeIsNullWhereItMayBeAndAnErrorWhereItMayNot() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            CategoryTypes types = CategoryTypes.of(s, spec, "");
            assertThat(store.rows("SELECT " + types.tryCast("ai_gebruik", "'niet gevraagd'") + " IS NULL, "
                    + types.tryCast("ai_gebruik", "'hoog'")).get(0)).containsExactly("true", "hoog");
            assertThatThrownBy(() -> store.rows("SELECT " + types.cast("ai_gebruik", "'niet gevraagd'")))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(types.tryCast("vacatures", "x")).as("not categorical").isEqualTo("x");
        }
    }

    @Test
    void queriesSeeTheSameTextAsBefore() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            store.execute("CREATE TABLE answers AS SELECT * FROM (VALUES ('redelijk', 'CATI', 'V1'), ('beperkt', 'CAWI', "
                    + "'V2'), (NULL, 'CATI', 'V3'), ('hoog', 'CAWI', 'V4')) t(ai_gebruik, mode, id)");
            CategoryTypes types = CategoryTypes.of(s, spec, "");
            store.execute("CREATE TABLE published AS SELECT " + types.cast("ai_gebruik", "ai_gebruik") + " AS ai_gebruik, "
                    + types.cast("mode", "mode") + " AS mode, " + types.cast("id", "id") + " AS id FROM answers");
            assertThat(store.rows("SELECT typeof(ai_gebruik), typeof(mode), typeof(id) FROM published LIMIT 1").get(0))
                    .containsExactly("ENUM('beperkt', 'hoog', 'redelijk')", "ENUM('CATI', 'CAWI')", "VARCHAR");
            assertThat(store.rows("SELECT id FROM published ORDER BY ai_gebruik NULLS LAST, id").stream().map(r -> r[0]))
                    .as("ordered as text").containsExactly("V2", "V4", "V1", "V3");
            assertThat(store.count("SELECT count(*) FROM published WHERE ai_gebruik = 'niet gevraagd'"))
                    .as("a text that is not a value").isZero();
            assertThat(store.count("SELECT count(*) FROM published WHERE ai_gebruik IN ('hoog', 'redelijk') AND mode "
                    + "LIKE 'CA%' AND ai_gebruik || '' <> ''")).isEqualTo(2);
            assertThat(store.rows("SELECT ai_gebruik FROM published UNION ALL BY NAME SELECT 'elders' AS ai_gebruik "
                    + "ORDER BY 1 NULLS LAST LIMIT 1").get(0)).as("stacked with text: text").containsExactly("beperkt");
        }
    }
}
