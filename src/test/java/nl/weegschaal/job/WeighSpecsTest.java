package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.Engine;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weigh} through the one engine reads ids, stratum values and answers without their
 * surrounding spaces, as the wave job does: written with spaces around them they are the same as without.
 */
class WeighSpecsTest {
    @TempDir
    Path dir;

    @Test
    void idsStrataAndAnswersAreReadWithoutSurroundingSpaces() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "id,sector,q\n A1 ,01,ja\nA2\t, 01 ,ja \nA3,02, nee\nA4,02, NA \n");
        Files.writeString(dir.resolve("f.csv"), "sector,N\n01,100\n02,50\n");
        Engine.Result result = Engine.run(dir.resolve("r.csv"), dir.resolve("f.csv"),
                new Engine.Columns("id", List.of("sector"), List.of("q"), List.of()), WeightingMethod.STRATIFIED,
                LonelyPsu.ADJUST, 0.95);
        assertThat(result.weights().keySet()).containsExactly("A1", "A2", "A3", "A4");
        assertThat(result.estimates()).extracting(e -> e.level()).containsExactly("ja", "nee");
        assertThat(result.estimates().get(0).nUnweighted()).as("' NA ' is missing").isEqualTo(3);
        assertThat(DuckDb.query(result.file(), "SELECT sector, respondents FROM strata ORDER BY sector"))
                .extracting(r -> r.get("sector") + "=" + r.get("respondents")).containsExactly("01=2", "02=2");
    }
}
