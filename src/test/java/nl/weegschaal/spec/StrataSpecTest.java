package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.strata.SizeClasses;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of the {@code strata} section: the SBI edition of a sector rule, the plausible maximum of a size rule. */
class StrataSpecTest {
    static final String SECTOR = "sector_cluster: {from: sbi, classification: uwv-sector-16, edition: sbi-2008}";
    static final String SIZE = "    from: employees\n";

    @TempDir
    Path dir;

    /** The line of the bundled spec where {@code text} first occurs, so that the tests survive edits above it. */
    static int lineOf(String text) throws Exception {
        String yaml = Files.readString(Path.of("jobs/wave-2024.yml"));
        return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The bundled spec with {@code from} replaced by {@code to} (which must occur once), loaded. */
    WaveSpec load(String from, String to) throws Exception {
        Path spec = SampleProject.copyTo(dir);
        String yaml = Files.readString(spec);
        assertThat(yaml).contains(from);
        Files.writeString(spec, yaml.replace(from, to));
        return SpecLoader.load(spec);
    }

    @Test
    void theSbiEditionDefaultsToSbi2008() throws Exception {
        WaveSpec spec = load(SECTOR, "sector_cluster: {from: sbi, classification: uwv-sector-16}");
        assertThat(spec.strata().get(0).sectors().edition().name()).isEqualTo("sbi-2008");
    }

    @Test
    void theSpecMayNameTheSbiEdition() throws Exception {
        WaveSpec spec = load(SECTOR, "sector_cluster: {from: sbi, classification: uwv-sector-16, edition: sbi-2008}");
        assertThat(spec.strata().get(0).sectors().edition().title()).isEqualTo("SBI 2008");
        assertThat(spec.strata().get(0).sectors().classify("9999").toString()).contains("not a class or subclass");
    }

    @Test
    void anUnknownEditionIsASpecErrorNamingTheEditionsThereAre() throws Exception {
        assertThatThrownBy(() -> load(SECTOR,
                "sector_cluster: {from: sbi, classification: uwv-sector-16, edition: sbi-2025}"))
                .isInstanceOf(SpecException.class)
                .hasMessage("wave-2024.yml line " + lineOf(SECTOR) + ": strata.sector_cluster.edition: unknown SBI edition 'sbi-2025'; "
                        + "known: sbi-2008");
    }

    @Test
    void anUnknownClassificationIsNamedBeforeTheEdition() {
        assertThatThrownBy(() -> load(SECTOR, "sector_cluster: {from: sbi, classification: nace, edition: sbi-2025}"))
                .isInstanceOf(SpecException.class).hasMessageContaining(
                        "strata.sector_cluster.classification: unknown sector classification 'nace'");
    }

    @Test
    void aPlausibleMaximumOnTheSectorRuleIsAnUnknownKey() throws Exception {
        assertThatThrownBy(() -> load(SECTOR,
                "sector_cluster: {from: sbi, classification: uwv-sector-16, plausible_max: 100000}"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("wave-2024.yml line " + lineOf(SECTOR) + ": strata.sector_cluster.plausible_max: unknown key; "
                        + "expected one of");
    }

    @Test
    void anEditionOnTheSizeRuleIsAnUnknownKey() throws Exception {
        assertThatThrownBy(() -> load(SIZE, SIZE + "    edition: sbi-2008\n")).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("wave-2024.yml line " + (lineOf(SIZE) + 1)
                        + ": strata.size_class.edition: unknown key; expected one of");
    }

    @Test
    void thePlausibleMaximumDefaultsTo100000AndARejectNamesTheKey() throws Exception {
        SizeClasses sizes = load(SIZE, SIZE).strata().get(1).sizes();
        assertThat(sizes.plausibleMax()).isEqualTo(100_000);
        assertThat(sizes.classify("1000000000000").toString()).contains("number of employees '1000000000000' is "
                + "above the plausible maximum of 100,000 (strata.size_class.plausible_max)");
    }

    @Test
    void theSpecMaySetThePlausibleMaximum() throws Exception {
        SizeClasses sizes = load(SIZE, SIZE + "    plausible_max: 5000\n").strata().get(1).sizes();
        assertThat(sizes.plausibleMax()).isEqualTo(5_000);
        assertThat(sizes.classify("5001").toString()).contains("above the plausible maximum of 5,000 "
                + "(strata.size_class.plausible_max)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "50|the plausible maximum 50 is below the largest size class '100+' (100 or more); it must be at least 100",
        "lots|'lots' is not a whole number",
        "1e5|'1e5' is not a whole number",
        "-1|the plausible maximum -1 is below the largest size class '100+' (100 or more); it must be at least 100"})
    void aWrongPlausibleMaximumIsASpecErrorWithLineAndKey(String value, String problem) throws Exception {
        assertThatThrownBy(() -> load(SIZE, SIZE + "    plausible_max: " + value + "\n"))
                .isInstanceOf(SpecException.class).hasMessage("wave-2024.yml line " + (lineOf(SIZE) + 1)
                        + ": strata.size_class.plausible_max: " + problem);
    }
}
