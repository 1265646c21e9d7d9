package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec's {@code publication} key: the interval, the reliability thresholds and their checks. */
class PublicationSpecTest {
    static final String RULES = "reliability: {min_effective_n: 30, suppress_width_points: 30, indicative_width_points: 5,";

    @TempDir
    Path dir;

    private Path spec(String from, String to) throws Exception {
        String yaml = Files.readString(SpecLoaderTest.SPEC);
        assertThat(yaml).contains(from);
        Files.createDirectories(dir.resolve("jobs"));
        Files.createDirectories(dir.resolve("sample-data/wave-2024"));
        for (String data : new String[] {"cati.csv", "cawi.xlsx", "frame.csv"}) {
            Files.copy(Path.of("sample-data/wave-2024", data), dir.resolve("sample-data/wave-2024").resolve(data));
        }
        Path file = dir.resolve("jobs/wave.yml");
        Files.writeString(file, yaml.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return file;
    }

    @Test
    void theBundledSpecHasTheNchsDefaults() {
        WaveSpec.Publication publication = SpecLoader.load(SpecLoaderTest.SPEC).publication();
        assertThat(publication).isEqualTo(WaveSpec.Publication.DEFAULT);
        assertThat(publication.reliability()).isEqualTo(new ReliabilityRules(30, 30, 5, 1.3, 8, 10));
        assertThat(publication.interval()).isEqualTo(IntervalMethod.KORN_GRAUBARD);
    }

    @Test
    void theIntervalAndEachThresholdAreRead() throws Exception {
        Path file = spec("  interval: korn_graubard\n  " + RULES + "\n                indicative_relative_width: 1.3, "
                + "min_df: 8, min_respondents: 10}", "  interval: logit\n  reliability: {min_effective_n: 50, "
                + "suppress_width_points: 25, indicative_width_points: 4,\n                indicative_relative_width: 1.5, "
                + "min_df: 12, min_respondents: 20}");
        WaveSpec.Publication publication = SpecLoader.load(file).publication();
        assertThat(publication.interval()).isEqualTo(IntervalMethod.LOGIT);
        assertThat(publication.reliability()).isEqualTo(new ReliabilityRules(50, 25, 4, 1.5, 12, 20));
        assertThat(publication.minRespondents()).isEqualTo(20);
    }

    @Test
    void aPublicationWithoutReliabilityHasTheDefaults() throws Exception {
        Path file = spec("  " + RULES + "\n                indicative_relative_width: 1.3, min_df: 8, min_respondents: 10}\n",
                "");
        assertThat(SpecLoader.load(file).publication()).isEqualTo(WaveSpec.Publication.DEFAULT);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("interval: korn_graubard", "interval: clopper",
                        "publication.interval: 'clopper' is not one of korn_graubard, logit, wald"),
                Arguments.of("suppress_width_points: 30", "suppress_width_points: 130",
                        "publication.reliability.suppress_width_points: '130' must be above 0 and at most 100"),
                Arguments.of("indicative_width_points: 5", "indicative_width_points: 30",
                        "publication.reliability.indicative_width_points: indicative_width_points (30.0) must be "
                                + "below suppress_width_points (30.0)"),
                Arguments.of("indicative_width_points: 5", "indicative_width_points: 31",
                        "publication.reliability.indicative_width_points: '31' must be 0 or more and below "
                                + "suppress_width_points"),
                Arguments.of("min_effective_n: 30", "min_effective_n: -1",
                        "publication.reliability.min_effective_n: '-1' must be 0 or more"),
                Arguments.of("min_effective_n: 30", "min_effective_n: NaN",
                        "publication.reliability.min_effective_n: 'NaN' must be 0 or more"),
                Arguments.of("indicative_relative_width: 1.3", "indicative_relative_width: 0",
                        "publication.reliability.indicative_relative_width: '0' must be above 0"),
                Arguments.of("min_df: 8", "min_df: 7.5", "publication.reliability.min_df: '7.5' is not a whole number"),
                Arguments.of("min_respondents: 10}", "min_respondents: 0}",
                        "publication.reliability.min_respondents: '0' must be at least 1"),
                Arguments.of("  language: nl", "  language: nl\n  min_respondents: 10",
                        "publication.min_respondents: moved to publication.reliability.min_respondents"),
                Arguments.of("  language: nl", "  language: nl\n  indicative_half_width: 0.10",
                        "publication.indicative_half_width: the width-only rule was replaced by the reliability rules"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mistakes")
    void aThresholdOutOfItsRangeIsNamedWithItsKey(String from, String to, String expected) throws Exception {
        Path file = spec(from, to);
        assertThatThrownBy(() -> SpecLoader.load(file)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("wave.yml").hasMessageContaining(expected);
    }
}
