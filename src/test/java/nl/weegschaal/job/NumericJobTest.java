package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SmallWave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A numeric question through the whole wave job on a small hand-made wave: a CATI export with decimal
 * commas (read in bulk) and a CAWI workbook with number and text cells (read record by record). Bad
 * numbers are rejects naming the field, the value and the range, beside the record's other problems;
 * missing codes and empty cells are no answer; the estimates are the weighted sums of the stored numbers.
 */
class NumericJobTest {
    private static final String[] SBI = {"4711", "6201", "8610", "4120", "5610"};
    private static final int[] EMPLOYEES = {5, 40, 150, 12};
    private static final String CATI_HEADER = SmallWave.CATI_HEADER + ";Q3";
    private static final List<String> CAWI_HEADER = new ArrayList<>(SmallWave.CAWI_HEADER);

    static {
        CAWI_HEADER.add("Vacatures");
    }

    @TempDir
    Path dir;
    SmallWave wave;

    @BeforeEach
    void smallWave() throws Exception {
        wave = SmallWave.in(dir)
                .replace("welke.ict: Q2_2}", "welke.ict: Q2_2, vacatures: Q3}")
                .replace("welke.ict: ICT}", "welke.ict: ICT, vacatures: Vacatures}")
                .with("cati", "decimal: comma")
                .replace("  welke:\n", """
                          vacatures:
                            type: numeric
                            question: Hoeveel vacatures?
                            asked_of: all
                            unit: {nl: vacatures, en: vacancies}
                            min: 0
                            max: 500
                            missing: ["99999", Weet niet]
                          welke:
                        """);
    }

    /** CATI lines V0..V(n-1): gebruik nee, vacatures i % 5 written with a decimal comma and a half. */
    private static List<String> catiLines(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("V" + i + ";" + SBI[i % SBI.length] + ";" + EMPLOYEES[i % EMPLOYEES.length] + ";2;;;"
                    + (i % 5) + ",5");
        }
        return lines;
    }

    private CliRun run() throws Exception {
        return CliRun.of(dir.resolve("home"), "run", wave.spec().toString());
    }

    @Test
    void badNumbersAreRejectsNamingFieldValueAndRangeInBothExports() throws Exception {
        List<String> cati = catiLines(40);
        cati.add("X1;4711;5;2;;;veel");
        cati.add("X2;4711;5;7;;;600");
        cati.add("X3;4711;5;2;;;1.250");
        cati.add("X4;4711;5;2;;;99999");
        cati.add("X5;4711;5;2;;;");
        wave.catiWith(CATI_HEADER, cati.toArray(String[]::new))
                .cawiWith(CAWI_HEADER, new String[] {"W1", "4711", "5", "Nee", "", "", "#3"},
                        new String[] {"W2", "6201", "40", "Nee", "", "", "-1"},
                        new String[] {"W3", "8610", "150", "Nee", "", "", "Weet niet"},
                        new String[] {"W4", "4120", "12", "Nee", "", "", "#700"});
        CliRun run = run();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<Map<String, Object>> rejects = DuckDb.query(wave.result(), "SELECT source, respondent_id, field, value, "
                + "reason FROM rejects ORDER BY source, line, rowid");
        assertThat(rejects).extracting(r -> r.get("respondent_id") + " " + r.get("field") + " " + r.get("value"))
                .containsExactly("X1 vacatures (Q3) veel", "X2 gebruik (Q1) 7", "X2 vacatures (Q3) 600",
                        "X3 vacatures (Q3) 1.250", "W2 vacatures (Vacatures) -1", "W4 vacatures (Vacatures) 700");
        assertThat(rejects.get(0).get("reason")).isEqualTo("not a number: an answer to vacatures is digits with a "
                + "decimal comma (12,5) in [0, 500], or a value for no answer [99999, Weet niet]");
        assertThat(rejects.get(2).get("reason")).isEqualTo("outside the valid range [0, 500] of vacatures "
                + "(values for no answer: [99999, Weet niet])");
        assertThat((String) rejects.get(4).get("reason")).startsWith("outside the valid range [0, 500]");
        assertThat((String) rejects.get(3).get("reason")).contains("decimal comma");
    }

    @Test
    void theTotalAndMeanAreTheWeightedSumsOfTheStoredNumbers() throws Exception {
        List<String> cati = catiLines(40);
        cati.add("X4;4711;5;2;;;99999");
        cati.add("X5;4711;5;2;;;");
        wave.catiWith(CATI_HEADER, cati.toArray(String[]::new))
                .cawiWith(CAWI_HEADER, new String[] {"W1", "4711", "5", "Nee", "", "", "#3"},
                        new String[] {"W3", "8610", "150", "Nee", "", "", "Weet niet"},
                        new String[] {"W4", "4120", "12", "Nee", "", "", "12,5"});
        CliRun run = run();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path result = wave.result();
        // decimal comma in the CATI export only: the CAWI text 12,5 is a reject (the CAWI export has points)
        assertThat(DuckDb.single(result, "SELECT count(*) FROM rejects")).isEqualTo(1L);
        assertThat(DuckDb.single(result, "SELECT typeof(vacatures) FROM responses LIMIT 1")).isEqualTo("DOUBLE");
        assertThat(DuckDb.single(result, "SELECT vacatures FROM responses WHERE id = 'V3'")).isEqualTo(3.5);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM responses WHERE vacatures IS NULL")).isEqualTo(3L);
        Map<String, Object> hand = DuckDb.query(result, "SELECT sum(w.weight * r.vacatures) AS total, "
                + "sum(w.weight) FILTER (WHERE r.vacatures IS NOT NULL) AS w, count(r.vacatures) AS n FROM responses r "
                + "JOIN weights w USING (id, mode)").get(0);
        Map<String, Object> total = DuckDb.query(result, "SELECT * FROM estimates WHERE statistic = 'total' "
                + "AND variable = 'vacatures' AND domain_var = 'total'").get(0);
        Map<String, Object> mean = DuckDb.query(result, "SELECT * FROM estimates WHERE statistic = 'mean' "
                + "AND variable = 'vacatures' AND domain_var = 'total'").get(0);
        assertThat(total.get("n_unweighted")).isEqualTo(41L).isEqualTo(hand.get("n"));
        assertThat((Double) total.get("estimate")).isCloseTo((Double) hand.get("total"), within(1e-6));
        assertThat((Double) total.get("weighted_count")).isCloseTo((Double) hand.get("w"), within(1e-6));
        assertThat((Double) mean.get("estimate")).isCloseTo((Double) hand.get("total") / (Double) hand.get("w"),
                within(1e-9));
        assertThat(total.get("level")).isNull();
        assertThat(total.get("ci_beta_low")).isNull();
        assertThat(DuckDb.single(result, "SELECT count(*) FROM codebook WHERE variable = 'vacatures' AND kind = "
                + "'unit' AND label_en = 'vacancies' AND value = '[0, 500]'")).isEqualTo(1L);
    }
}
