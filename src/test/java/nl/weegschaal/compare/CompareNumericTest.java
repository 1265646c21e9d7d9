package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results with totals and means of numeric questions compare their percentages as before; the numeric
 * rows, which are not in percentage points, are left out of the changes rather than shown as percentages.
 */
class CompareNumericTest {
    static final String FRAME = "sector,N\n01,100\n02,80\n";
    static final String RESPONSES = "id,sector,q,vacatures\n"
            + "A1,01,ja,3\nA2,01,nee,\nA3,01,ja,0\nA4,02,nee,1.5\nA5,02,ja,2\nA6,02,ja,4\n";

    @TempDir
    Path dir;

    @Test
    void numericRowsAreLeftOutOfTheChangesAndNothingCrashes() throws Exception {
        Path old = weigh("old", RESPONSES);
        Path neu = weigh("new", RESPONSES.replace("A6,02,ja,4", "A6,02,nee,40"));
        CliRun run = CliRun.of(dir.resolve("home"), "compare", old.toString(), neu.toString(), "--out",
                dir.resolve("changes.duckdb").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("vacatures");
        assertThat(DuckDb.single(dir.resolve("changes.duckdb"), "SELECT count(*) FROM changes WHERE variable = 'q'"))
                .isNotEqualTo(0L);
        assertThat(DuckDb.single(dir.resolve("changes.duckdb"), "SELECT count(*) FROM changes WHERE variable LIKE "
                + "'vacatures%'")).isEqualTo(0L);
    }

    private Path weigh(String name, String responses) throws Exception {
        Path csv = Files.writeString(dir.resolve(name + ".csv"), responses);
        Path frame = Files.writeString(dir.resolve("frame.csv"), FRAME);
        Path out = dir.resolve(name + ".duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", csv.toString(), "--frame",
                frame.toString(), "--strata", "sector", "--vars", "q", "--numeric", "vacatures", "--method",
                "stratified", "--id", "id", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
