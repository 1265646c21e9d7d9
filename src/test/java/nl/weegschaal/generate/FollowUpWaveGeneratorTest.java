package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weegschaal.generate.ExportFilesReader.Establishment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2025 wave of the sample data, a follow-up of the 2024 wave, against the files in
 * {@code sample-data/} and the 2024 wave regenerated in memory. The commands are those of
 * {@code sample-data/README.md}.
 */
class FollowUpWaveGeneratorTest {
    private static final Path WAVE_2024 = Path.of("sample-data/wave-2024");
    private static final Path WAVE_2025 = Path.of("sample-data/wave-2025");
    private static final int RESPONDENTS = 2306;
    private static final FollowUp FOLLOW_UP_OF_2024 = new FollowUp(19, RESPONDENTS, 0.5);

    /** {@code generate --exports --out DIR --respondents 2306 --seed 25 --follow-up-of 19}. */
    private static GeneratedFollowUp written;
    private static Map<String, Establishment> valid2025;
    /** The 2024 wave's valid respondents by id, as drawn (with their strata). */
    private static Map<String, ExportRow> valid2024;
    private static Set<String> ids2024;

    @BeforeAll
    static void writeWave2025(@TempDir Path dir) throws IOException {
        written = new FollowUpWaveGenerator(25, FOLLOW_UP_OF_2024)
                .write(dir.resolve("wave-2025"), RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        valid2025 = ExportFilesReader.valid(written.exports());
        WaveRecords records = new WaveExportGenerator(19).records(RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        valid2024 = records.valid().stream().collect(Collectors.toMap(row -> row.id, row -> row));
        ids2024 = records.ids();
    }

    @Test
    void wave2024ExportsAreByteAndCellIdenticalToTheCommittedOnes(@TempDir Path dir) throws IOException {
        GeneratedExports again = new WaveExportGenerator(19)
                .write(dir, RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        assertSameFiles(again, WAVE_2024);
    }

    @Test
    void wave2024InMemoryIsTheCommittedWave() throws IOException {
        GeneratedExports committed = new GeneratedExports(WAVE_2024.resolve("cati.csv"), WAVE_2024.resolve("cawi.xlsx"),
                WAVE_2024.resolve("frame.csv"), 0, 0,
                new WaveExportGenerator(19).records(RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true).planted());
        Map<String, Establishment> fromFiles = ExportFilesReader.valid(committed);
        assertThat(fromFiles).hasSize(RESPONDENTS);
        assertThat(fromFiles.keySet()).isEqualTo(valid2024.keySet());
        for (Establishment establishment : fromFiles.values()) {
            ExportRow row = valid2024.get(establishment.id());
            assertThat(row.sbi).isEqualTo(establishment.sbi());
            assertThat(row.employees).isEqualTo(establishment.employees());
        }
        assertThat(ids2024).hasSize(RESPONDENTS + 7).contains("V0002313").doesNotContain("V0002314");
    }

    @Test
    void committedWave2025IsWhatTheDocumentedCommandWrites() throws IOException {
        assertSameFiles(written.exports(), WAVE_2025);
    }

    @Test
    void sameArgumentsGiveIdenticalFiles(@TempDir Path dir) throws IOException {
        GeneratedFollowUp again = new FollowUpWaveGenerator(25, FOLLOW_UP_OF_2024)
                .write(dir, RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        assertSameFiles(again.exports(), written.exports().cati().getParent());
        assertThat(again.exports().planted()).isEqualTo(written.exports().planted());
        GeneratedFollowUp otherSeed = new FollowUpWaveGenerator(26, FOLLOW_UP_OF_2024)
                .write(dir.resolve("other"), RESPONDENTS, WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        assertThat(Files.readAllBytes(otherSeed.exports().cati())).isNotEqualTo(Files.readAllBytes(written.exports().cati()));
    }

    @Test
    void aboutHalfOfTheValidRespondentsHaveA2024RespondentsId() {
        assertThat(valid2025).hasSize(RESPONDENTS);
        long kept = valid2025.keySet().stream().filter(valid2024::containsKey).count();
        assertThat(kept).isEqualTo(written.kept()).isBetween(Math.round(0.45 * RESPONDENTS), Math.round(0.55 * RESPONDENTS));
        long plantedIdsOf2024 = valid2025.keySet().stream().filter(ids2024::contains)
                .filter(id -> !valid2024.containsKey(id)).count();
        assertThat(plantedIdsOf2024).as("ids of 2024's planted bad records").isZero();
    }

    @Test
    void perStratumTheKeptAreHalfOfTheAllocationAndTheAllocationIsExact() {
        int[] allocation = SampleAllocation.allocate(RESPONDENTS);
        int[] kept = new int[SyntheticFrame.STRATA];
        int[] all = new int[SyntheticFrame.STRATA];
        for (Establishment establishment : valid2025.values()) {
            ExportRow before = valid2024.get(establishment.id());
            if (before != null) {
                int stratum = SyntheticFrame.stratum(SyntheticFrame.sectorOf(before.stratum),
                        EmployeeDrift.sizeClass(establishment.employees()));
                kept[stratum]++;
                all[stratum]++;
            } else {
                all[sectorOfNew(establishment) * 3 + EmployeeDrift.sizeClass(establishment.employees())]++;
            }
        }
        for (int g = 0; g < SyntheticFrame.STRATA; g++) {
            assertThat(kept[g]).as("kept in stratum " + g).isEqualTo(Math.round(0.5 * allocation[g]));
        }
        assertThat(all).isEqualTo(allocation);
    }

    @Test
    void keptEstablishmentsKeepTheirSbiCodeAndAFewChangeSizeClass() {
        int kept = 0;
        int moved = 0;
        for (Establishment establishment : valid2025.values()) {
            ExportRow before = valid2024.get(establishment.id());
            if (before != null) {
                kept++;
                assertThat(establishment.sbi()).as(establishment.id()).isEqualTo(before.sbi);
                int sizeClass = EmployeeDrift.sizeClass(establishment.employees());
                if (sizeClass != SyntheticFrame.sizeClassOf(before.stratum)) {
                    moved++;
                    assertThat(Math.abs(sizeClass - SyntheticFrame.sizeClassOf(before.stratum))).isEqualTo(1);
                } else {
                    assertThat((double) establishment.employees()).isBetween(0.89 * before.employees - 1,
                            1.11 * before.employees + 1);
                }
            }
        }
        assertThat(moved).isEqualTo(written.moved());
        assertThat((double) moved / kept).isBetween(0.01, 0.06);
    }

    @Test
    void newEstablishmentsAndPlantedRecordsHaveIdsNo2024RecordHas() {
        List<String> fresh = valid2025.keySet().stream().filter(id -> !valid2024.containsKey(id)).toList();
        assertThat(fresh).hasSize(RESPONDENTS - written.kept()).noneMatch(ids2024::contains);
        List<PlantedRecord> planted = written.exports().planted();
        assertThat(planted).hasSize(8);
        assertThat(planted.stream().filter(p -> !p.problem().startsWith("same establishment")).map(PlantedRecord::id))
                .hasSize(7).noneMatch(ids2024::contains).noneMatch(valid2025::containsKey);
    }

    private static void assertSameFiles(GeneratedExports files, Path expected) throws IOException {
        assertThat(Files.readAllBytes(files.cati())).isEqualTo(Files.readAllBytes(expected.resolve("cati.csv")));
        assertThat(Files.readAllBytes(files.frame())).isEqualTo(Files.readAllBytes(expected.resolve("frame.csv")));
        assertThat(ExportFilesReader.cells(files.cawi())).isEqualTo(ExportFilesReader.cells(expected.resolve("cawi.xlsx")));
    }

    /** The sector cluster of a new establishment's SBI code, by the generator's code lists. */
    private static int sectorOfNew(Establishment establishment) {
        Map<String, Integer> sectors = new HashMap<>();
        for (int s = SyntheticFrame.SECTORS - 1; s >= 0; s--) {
            for (String code : SbiCodes.of(s)) {
                sectors.put(code, s);
            }
        }
        return sectors.get(establishment.sbi());
    }
}
