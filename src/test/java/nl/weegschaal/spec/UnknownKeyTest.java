package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt key in a spec names the key that was probably meant and lists the valid keys in the
 * order docs/job-spec.md gives them, the same order on every run.
 */
class UnknownKeyTest {
    @TempDir
    Path dir;
    private int projects;

    private String error(String from, String to) throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project-" + ++projects));
        String yaml = Files.readString(spec);
        assertThat(yaml).contains(from);
        Files.writeString(spec, yaml.replace(from, to));
        return assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .actual().getMessage();
    }

    @Test
    void aMisspeltSpecKeyNamesTheKeyMeant() throws Exception {
        assertThat(error("lonely_psu: adjust", "lonley_psu: adjust")).endsWith(": weighting.lonley_psu: unknown key; "
                + "did you mean lonely_psu? expected one of method, lonely_psu, level, collapse, trim, calibration");
        assertThat(error("max_share: 0.05", "max_shares: 0.05"))
                .endsWith(": rejects.max_shares: unknown key; did you mean max_share? expected one of max_share");
    }

    @Test
    void theValidKeysAreListedInSpecOrder() throws Exception {
        assertThat(error("wave: wave-2024", "waev: wave-2024")).endsWith(": waev: unknown key; did you mean wave? "
                + "expected one of wave, survey, source_line, fieldwork, inputs, definitions, codebook, strata, frame, "
                + "weighting, domains, rejects, output, publication, root");
    }

    @Test
    void anUnknownKeyFarFromEveryValidOneSuggestsNothing() throws Exception {
        assertThat(error("rejects: {max_share: 0.05}", "rejects: {max_share: 0.05}\ncolour: blue"))
                .contains(": colour: unknown key; expected one of wave, survey,").doesNotContain("did you mean");
    }

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        assertThat(KeySuggestion.distance("lonley_psu", "lonely_psu")).isEqualTo(1);
        assertThat(KeySuggestion.distance("levl", "level")).isEqualTo(1);
        assertThat(KeySuggestion.nearest("Method", List.of("level", "method"))).isEqualTo("method");
        assertThat(KeySuggestion.nearest("x", List.of("level", "method"))).isNull();
    }
}
