package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SmallWave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole wave job on small hand-made exports of an agency whose exports need the spec's
 * description keys: missing codes and labels, label-ticked and blank options, aliases; and on exports
 * whose bad records must all be named, per problem, within each export's reject limit.
 */
class ExportsJobTest {
    /** SBI codes of several sectors and employee counts of the three size classes. */
    private static final String[] SBI = {"4711", "6201", "8610", "4120", "5610"};
    private static final int[] EMPLOYEES = {5, 40, 150, 12};

    @TempDir
    Path dir;
    SmallWave wave;

    @BeforeEach
    void smallWave() throws Exception {
        wave = SmallWave.in(dir);
    }

    private CliRun run() throws Exception {
        return CliRun.of(dir.resolve("home"), "run", wave.spec().toString());
    }

    /** CATI lines V1..Vn: answer i%4 (1 ja, 2 nee, 8 weet niet, 9 geen antwoord); ja ticks admin only. */
    private static String[] catiLines(int n) {
        String[] answers = {"1", "2", "8", "9"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String answer = answers[i % 4];
            lines.add("V" + i + ";" + SBI[i % SBI.length] + ";" + EMPLOYEES[i % EMPLOYEES.length] + ";" + answer + ";"
                    + (answer.equals("1") ? "1;0" : ";"));
        }
        return lines.toArray(String[]::new);
    }

    @Test
    void missingCodesAndLabelsStayOutOfTheBaseAndBlankOptionsOfThoseAskedCountAsNotTicked() throws Exception {
        wave.with("cati", "missing: [\"9\"]")
                .with("cawi", "missing: [Geen antwoord]\nticked: option_label\nblank_option: not_ticked")
                .replace("{code: weet_niet, value: 8, nl: Weet niet, en: Don't know}",
                        "{code: weet_niet, value: 8, nl: Weet niet, en: Don't know, aliases: [Weet ik niet]}")
                .cati(catiLines(40))
                .cawi(new String[] {"W1", "4711", "5", "Ja", "Administratie", ""},
                        new String[] {"W2", "6201", "40", "Ja", "", ""},
                        new String[] {"W3", "8610", "150", "geen antwoord", "", ""},
                        new String[] {"W4", "4120", "12", "Weet ik niet", "", ""},
                        new String[] {"W5", "5610", "5", "Nee", "", ""});
        CliRun run = run();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // 40 CATI: 10 each of ja, nee, weet niet, geen antwoord; CAWI: 2 ja, 1 geen antwoord, 1 weet niet, 1 nee
        assertThat(DuckDb.single(wave.result(), "SELECT DISTINCT n_unweighted FROM estimates WHERE variable = "
                + "'gebruik' AND domain_var = 'total'")).as("the base of gebruik: without the 11 no-answers")
                .isEqualTo(34L);
        assertThat(DuckDb.query(wave.result(), "SELECT DISTINCT level FROM estimates WHERE variable = 'gebruik'"))
                .extracting(r -> r.get("level")).containsExactlyInAnyOrder("ja", "nee", "weet_niet");
        assertThat(DuckDb.single(wave.result(), "SELECT DISTINCT n_unweighted FROM estimates WHERE variable = "
                + "'welke' AND domain_var = 'total'")).as("asked: 12, W2 with every option blank included")
                .isEqualTo(12L);
        assertThat(DuckDb.single(wave.result(), "SELECT count(*) FROM responses WHERE id = 'W2' AND \"welke.admin\" "
                + "= '0' AND \"welke.ict\" = '0'")).isEqualTo(1L);
        assertThat(DuckDb.single(wave.result(), "SELECT label_nl FROM codebook WHERE variable = 'gebruik' AND "
                + "level = 'weet_niet'")).as("the published label, not the alias").isEqualTo("Weet niet");
        assertThat(DuckDb.single(wave.result(), "SELECT count(*) FROM rejects")).isEqualTo(0L);
    }

    @Test
    void aRecordWithSeveralProblemsIsRejectedWithEveryOneOfThem() throws Exception {
        List<String> lines = new ArrayList<>(List.of(catiLines(40)));
        lines.add("V99;onbekend;;2;1;x");
        lines.add("V0;4711;5;1;1;0");
        wave.with("cati", "missing: [\"9\"]").cati(lines.toArray(String[]::new)).cawi(new String[] {"W1", "4711", "5",
                "Nee", "", ""});
        CliRun run = run();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("records rejected        2 (5 reasons)");
        assertThat(DuckDb.query(wave.result(), "SELECT line, respondent_id, field, value, reason FROM rejects"))
                .extracting(r -> r.get("line") + " " + r.get("field") + " " + r.get("value") + ": " + r.get("reason"))
                .containsExactly(
                        "42 welke.ict (Q2_2) x: not one of the values for ticked [1] or not ticked [0] or no answer [9]",
                        "42 welke.admin (Q2_1) 1: answered although not asked: welke is asked only of gebruik = ja",
                        "42 sbi (SBI) onbekend: SBI 'onbekend' is not a number",
                        "42 employees (WP) null: number of employees is missing",
                        "43 id (RESPNR) V0: the establishment is also in cati.csv line 2, which is kept");
    }

    @Test
    void losingOneModeStopsTheRunAtThatExportsRejectLimit() throws Exception {
        wave.with("cati", "missing: [\"9\"]").cati(catiLines(40)).cawi(
                new String[] {"W1", "4711", "5", "Yes", "", ""}, new String[] {"W2", "6201", "40", "No", "", ""});
        CliRun run = run();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("2 of the 2 records of export 'cawi' were rejected (100.0%), more than its "
                + "limit of 50.0% (inputs[1].max_reject_share, by default rejects.max_share in small.yml)");
        assertThat(wave.result()).doesNotExist();

        wave.with("cawi", "max_reject_share: 1");
        CliRun allowed = run();
        assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(wave.result(), "SELECT count(*) FROM rejects")).isEqualTo(2L);
    }

    @Test
    void aWaveWithNobodyLeftToWeighIsANamedError() throws Exception {
        wave.replace("rejects: {max_share: 0.5}", "rejects: {max_share: 1}").cati("V1;9999;5;3;;", "V2;4711;5;4;;")
                .cawi(new String[] {"W1", "4711", "5", "Misschien", "", ""});
        CliRun run = run();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("no respondents left to weigh: all 3 records were rejected")
                .doesNotContain("internal error");
        assertThat(wave.result()).doesNotExist();
    }
}
