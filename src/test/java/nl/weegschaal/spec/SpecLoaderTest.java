package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled spec loads; every kind of mistake names the file, line and key. */
class SpecLoaderTest {
    static final Path SPEC = Path.of("jobs/wave-2024.yml");

    @TempDir
    Path dir;

    @Test
    void bundledSpecLoads() {
        WaveSpec spec = SpecLoader.load(SPEC);
        assertThat(spec.wave()).isEqualTo("wave-2024");
        assertThat(spec.inputs()).extracting(InputSpec::name).containsExactly("cati", "cawi");
        assertThat(spec.inputs().get(0).delimiter()).isEqualTo(';');
        assertThat(spec.inputs().get(1).sheet()).isEqualTo("Antwoorden");
        assertThat(spec.inputs().get(0).columns()).containsEntry("functies_veranderen_welke.ict", "V608_3");
        assertThat(spec.codebook()).hasSize(11);
        Question ai = spec.codebook().get("ai_gebruik");
        assertThat(ai.levels()).hasSize(6);
        assertThat(ai.derived().get(0).of()).containsExactly("zeer_hoge_mate", "hoge_mate", "redelijke_mate");
        assertThat(spec.codebook().get("banen_erbij").levels()).extracting(Level::value).containsExactly("1", "2", "8");
        Question which = spec.codebook().get("functies_verdwijnen_welke");
        assertThat(which.multiple()).isTrue();
        assertThat(which.askedOf()).isEqualTo(new AskedOf("banen_verdwijnen", "ja"));
        assertThat(spec.strataColumns()).containsExactly("sector_cluster", "size_class");
        assertThat(spec.strata().get(1).sizes().classes().get(2).max()).isNull();
        assertThat(spec.strata().get(0).sectors().clusters()).hasSize(16);
        assertThat(spec.method()).isEqualTo(WeightingMethod.STRATIFIED);
        assertThat(spec.lonelyPsu()).isEqualTo(LonelyPsu.ADJUST);
        assertThat(spec.maxRejectShare()).isEqualTo(0.05);
        assertThat(spec.result()).isEqualTo(SPEC.toAbsolutePath().getParent().getParent().resolve("out/wave-2024.duckdb"));
        assertThat(spec.frame().getFileName().toString()).isEqualTo("frame.csv");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("format: csv", "format: xls", "line 12: inputs[0].format: 'xls' is not one of CSV, XLSX"),
                Arguments.of("wave: wave-2024", "wave: wave-2024\nwaev: x", "line 4: waev: unknown key"),
                Arguments.of("    sheet: Antwoorden\n", "", "line 46: inputs[1]: the key 'sheet' is missing"),
                Arguments.of("      functies_veranderen_welke.ict: V608_3\n", "", "inputs[0].columns: the field 'functies_veranderen_welke.ict'"),
                Arguments.of("      banen_erbij: V603", "      banen_erbj: V603", "inputs[0].columns.banen_erbj: 'banen_erbj' is not a field"),
                Arguments.of("    dont_know: weet_niet\n    levels:\n      - {code: zeer",
                        "    dont_know: weetniet\n    levels:\n      - {code: zeer",
                        "codebook.ai_gebruik.dont_know: 'weetniet' is not one of the levels"),
                Arguments.of("of: [zeer_hoge_mate, hoge_mate, redelijke_mate]", "of: [zeer_hoge_mate, hoog]",
                        "codebook.ai_gebruik.derived[0].of: 'hoog' is not one of the levels"),
                Arguments.of("asked_of: {variable: banen_verdwijnen, level: ja}",
                        "asked_of: {variable: banen_verdwijnen, level: misschien}",
                        "codebook.functies_verdwijnen_welke.asked_of: 'misschien' is not a level of banen_verdwijnen"),
                Arguments.of("method: stratified", "method: calibrate", "weighting.method: 'calibrate' is not one of"),
                Arguments.of("level: 0.95}", "level: 95}", "weighting.level: the confidence level must be between 0 and 1"),
                Arguments.of("max_share: 0.05", "max_share: 5", "rejects.max_share: the share must be between 0 and 1"),
                Arguments.of("domains: [size_class, sector_cluster]", "domains: [size_class, regio]",
                        "domains: 'regio' is neither a strata column nor a single-choice question"),
                Arguments.of("delimiter: \";\"", "delimiter: \";;\"", "inputs[0].delimiter: the delimiter must be one character"),
                Arguments.of("encoding: UTF-8", "encoding: UTF-9", "inputs[0].encoding: 'UTF-9' is not a character encoding"),
                Arguments.of("fieldwork: {from: 2024-09-16", "fieldwork: {from: 2024-16-09", "fieldwork.from: '2024-16-09' is not a date"),
                Arguments.of("  - name: cawi", "  - name: cati", "inputs[1].name: two inputs are called 'cati'"),
                Arguments.of("wave: wave-2024", "wave: wave 2024/x", "wave: 'wave 2024/x' must be a plain name"),
                Arguments.of("classification: uwv-sector-16", "classification: nace", "strata.sector_cluster.classification:"),
                Arguments.of("{code: 20-99, min: 20, max: 99}", "{code: 20-99, min: 19, max: 99}", "strata.size_class.classes:"),
                Arguments.of("wave-2024/cati.csv", "wave-2024/cati-missing.csv", "inputs[0].file: "),
                Arguments.of("inputs:\n", "inputs:\n  - [\n", "not valid YAML"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mistakes")
    void mistakeIsNamedWithLineAndKey(String from, String to, String expected) throws Exception {
        String yaml = Files.readString(SPEC);
        assertThat(yaml).contains(from);
        Files.createDirectories(dir.resolve("jobs"));
        Files.createDirectories(dir.resolve("sample-data/wave-2024"));
        for (String data : new String[] {"cati.csv", "cawi.xlsx", "frame.csv"}) {
            Files.copy(Path.of("sample-data/wave-2024", data), dir.resolve("sample-data/wave-2024").resolve(data));
        }
        Path broken = dir.resolve("jobs/wave.yml");
        Files.writeString(broken, yaml.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        assertThatThrownBy(() -> SpecLoader.load(broken)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("wave.yml").hasMessageContaining(expected);
    }

    @Test
    void anOutputThatWouldOverwriteAnInputIsRefused() throws Exception {
        Path spec = nl.weegschaal.testing.SampleProject.copyTo(dir);
        Path data = dir.resolve("sample-data/wave-2024");
        Files.copy(data.resolve("cati.csv"), data.resolve("wave-2024.duckdb"));
        Files.writeString(spec, Files.readString(spec).replace("cati.csv", "wave-2024.duckdb")
                .replace("output: {dir: ../out}", "output: {dir: ../sample-data/wave-2024}"));
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output: the output wave-2024.duckdb would overwrite an input of this wave");
    }

    // ---------------------------------------------------------------- paths and the spec's root

    /**
     * The sample wave in {@code dir/project} (spec in {@code jobs/}, {@code root: ..}) and a copy of the
     * CATI export outside it, {@code dir/secret.csv}, which would load if a path could reach it.
     */
    Path project() throws Exception {
        Path spec = nl.weegschaal.testing.SampleProject.copyTo(dir.resolve("project"));
        Files.copy(Path.of("sample-data/wave-2024/cati.csv"), dir.resolve("secret.csv"));
        return spec;
    }

    static void edit(Path spec, String from, String to) throws Exception {
        String yaml = Files.readString(spec);
        assertThat(yaml).contains(from);
        Files.writeString(spec, yaml.replace(from, to));
    }

    static final String CATI = "file: ../sample-data/wave-2024/cati.csv";

    @Test
    void anInputClimbingOutOfTheRootIsNamed() throws Exception {
        Path spec = project();
        edit(spec, CATI, "file: ../../secret.csv");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessage("wave-2024.yml line 11: inputs[0].file: ../../secret.csv resolves to "
                        + dir.resolve("secret.csv") + ", outside the spec's root " + dir.resolve("project")
                        + " (set root: to widen it)");
    }

    @Test
    void aFrameClimbingOutOfTheRootIsNamed() throws Exception {
        Path spec = project();
        edit(spec, "frame: {file: ../sample-data/wave-2024/frame.csv", "frame: {file: ../../../../etc/passwd");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("line 211: frame.file: ../../../../etc/passwd resolves to ")
                .hasMessageContaining(", outside the spec's root " + dir.resolve("project"));
    }

    @Test
    void anOutputFolderClimbingOutOfTheRootIsNamed() throws Exception {
        Path spec = project();
        edit(spec, "output: {dir: ../out}", "output: {dir: ../../out}");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("line 215: output.dir: ../../out resolves to " + dir.resolve("out")
                        + ", outside the spec's root " + dir.resolve("project"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anAbsolutePathOutsideTheRootIsNamed() throws Exception {
        Path spec = project();
        Path secret = dir.resolve("secret.csv").toAbsolutePath();
        edit(spec, CATI, "file: " + secret);
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[0].file: " + secret + " resolves to " + secret + ", outside the spec's root");
    }

    @Test
    void anAbsolutePathInsideTheRootLoads() throws Exception {
        Path spec = project();
        Path cati = dir.resolve("project/sample-data/wave-2024/cati.csv").toAbsolutePath();
        edit(spec, CATI, "file: " + cati);
        assertThat(SpecLoader.load(spec).inputs().get(0).file()).isEqualTo(cati);
    }

    @Test
    void aSymbolicLinkInsideTheRootPointingOutIsNamed() throws Exception {
        Path spec = project();
        Files.createSymbolicLink(dir.resolve("project/sample-data/wave-2024/link.csv"), dir.resolve("secret.csv"));
        edit(spec, CATI, "file: ../sample-data/wave-2024/link.csv");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[0].file: ../sample-data/wave-2024/link.csv resolves to "
                        + dir.resolve("secret.csv").toRealPath() + " through a symbolic link, outside the spec's root");
    }

    @Test
    void anOutputFolderUnderALinkedFolderPointingOutIsNamed() throws Exception {
        // the output folder does not exist yet: the part that does (the link) is followed
        Path spec = project();
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("project/results"), dir.resolve("elsewhere"));
        edit(spec, "output: {dir: ../out}", "output: {dir: ../results/2024/out}");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output.dir: ../results/2024/out resolves to "
                        + dir.resolve("elsewhere").toRealPath().resolve("2024/out") + " through a symbolic link");
    }

    @Test
    void aResultFileThatIsALinkPointingOutIsNamed() throws Exception {
        // a dangling link too: writing the result would create the file it points to
        Path spec = project();
        Files.createDirectories(dir.resolve("project/out"));
        Files.createSymbolicLink(dir.resolve("project/out/wave-2024.duckdb"), dir.resolve("planted.duckdb"));
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output: wave-2024.duckdb resolves to " + dir.toRealPath().resolve("planted.duckdb")
                        + " through a symbolic link, outside the spec's root");
    }

    @Test
    void aSymbolicLinkThatStaysInsideTheRootLoads() throws Exception {
        Path spec = project();
        Files.createSymbolicLink(dir.resolve("project/jobs/cati.csv"), Path.of("../sample-data/wave-2024/cati.csv"));
        edit(spec, CATI, "file: cati.csv");
        assertThat(SpecLoader.load(spec).inputs().get(0).file()).isEqualTo(dir.resolve("project/jobs/cati.csv"));
    }

    @Test
    void aPathThroughDotDotThatStaysInsideTheRootLoads() throws Exception {
        Path spec = project();
        edit(spec, CATI, "file: ../jobs/../sample-data/./wave-2024/../wave-2024/cati.csv");
        assertThat(SpecLoader.load(spec).inputs().get(0).file())
                .isEqualTo(dir.resolve("project/sample-data/wave-2024/cati.csv").toAbsolutePath());
    }

    @Test
    void withoutARootTheSpecsFolderIsTheRootSoTheBundledLayoutNeedsRootDotDot() throws Exception {
        Path spec = project();
        edit(spec, "root: ..\n", "");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("line 11: inputs[0].file: ../sample-data/wave-2024/cati.csv resolves to "
                        + dir.resolve("project/sample-data/wave-2024/cati.csv") + ", outside the spec's root "
                        + dir.resolve("project/jobs") + " (set root: to widen it)");
    }

    @Test
    void aRootAboveTheProjectWidensIt() throws Exception {
        Path spec = project();
        edit(spec, "root: ..\n", "root: ../..\n");
        edit(spec, CATI, "file: ../../secret.csv");
        assertThat(SpecLoader.load(spec).inputs().get(0).file()).isEqualTo(dir.resolve("secret.csv").toAbsolutePath());
    }

    @Test
    void aRootThatDoesNotExistIsNamed() throws Exception {
        Path spec = project();
        edit(spec, "root: ..\n", "root: ../nope\n");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessage("wave-2024.yml line 218: root: ../nope resolves to " + dir.resolve("project/nope")
                        + ", which does not exist; the root must be an existing folder");
    }

    @Test
    void aRootThatIsAFileIsNamed() throws Exception {
        Path spec = project();
        edit(spec, "root: ..\n", "root: ../sample-data/wave-2024/frame.csv\n");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("line 218: root: ../sample-data/wave-2024/frame.csv resolves to "
                        + dir.resolve("project/sample-data/wave-2024/frame.csv") + ", which is not a folder");
    }

    @Test
    void missingSpecIsNamed() {
        assertThatThrownBy(() -> SpecLoader.load(dir.resolve("nope.yml"))).isInstanceOf(SpecException.class)
                .hasMessageContaining("nope.yml: job spec not found");
    }
}
