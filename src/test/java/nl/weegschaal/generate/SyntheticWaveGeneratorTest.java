package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticWaveGeneratorTest {
    private static final double TOLERANCE = 0.015;
    private static final Set<String> YES_NO = Set.of("ja", "nee", "weet_niet", "");
    private static final Set<String> AI_USE = Set.of("zeer_hoge_mate", "hoge_mate", "redelijke_mate",
            "beperkte_mate", "helemaal_niet", "weet_niet", "");

    /** The large wave for the calibration checks: about 67,000 respondents per size class. */
    private static Wave large;

    @BeforeAll
    static void writeLargeWave(@TempDir Path dir) throws IOException {
        large = Wave.read(new SyntheticWaveGenerator(20240916L).write(dir, 200_000));
    }

    @Test
    void sameSeedGivesIdenticalBytesAndOtherSeedDiffers(@TempDir Path dir) throws IOException {
        GeneratedWave a = new SyntheticWaveGenerator(2024).write(dir.resolve("a"), 2306);
        GeneratedWave b = new SyntheticWaveGenerator(2024).write(dir.resolve("b"), 2306);
        GeneratedWave c = new SyntheticWaveGenerator(2025).write(dir.resolve("c"), 2306);
        assertThat(Files.readAllBytes(b.responses())).isEqualTo(Files.readAllBytes(a.responses()));
        assertThat(Files.readAllBytes(b.frame())).isEqualTo(Files.readAllBytes(a.frame()));
        assertThat(Files.readAllBytes(c.responses())).isNotEqualTo(Files.readAllBytes(a.responses()));
    }

    @ParameterizedTest
    @ValueSource(ints = {96, 200, 2306, 50_000})
    void allocationIsExactAndEveryStratumFits(int size, @TempDir Path dir) throws IOException {
        GeneratedWave generated = new SyntheticWaveGenerator(1).write(dir, size);
        Wave wave = Wave.read(generated);
        assertThat(generated.respondents()).isEqualTo(size);
        assertThat(generated.strata()).isEqualTo(48);
        assertThat(wave.rows).hasSize(size);
        assertThat(wave.frame).hasSize(48);
        assertThat(wave.sampled.keySet()).isEqualTo(wave.frame.keySet());
        wave.frame.forEach((stratum, n) -> assertThat(wave.sampled.get(stratum))
                .as(stratum).isBetween(2, (int) Math.min(Integer.MAX_VALUE, n)));
        Set<String> ids = new HashSet<>();
        for (String[] row : wave.rows) {
            assertThat(ids.add(row[0])).as("unique id " + row[0]).isTrue();
            assertThat(row[0]).matches("V\\d{7,}");
            assertThat(row[1]).matches("0[1-9]|1[0-6]");
            assertThat(row[3]).isIn((Object[]) SyntheticWaveGenerator.REGIONS);
            assertThat(row[4]).isIn(AI_USE);
            for (int i = 5; i < row.length; i++) {
                assertThat(row[i]).isIn(YES_NO);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {96, 200, 2306, 50_000, 1_000_000, 20_000_000})
    void hugeWavesScaleTheFrameSoThatNeverNExceedsN(int size) {
        int[] allocation = SampleAllocation.allocate(size);
        long[] counts = SyntheticFrame.counts(allocation);
        assertThat(java.util.Arrays.stream(allocation).sum()).isEqualTo(size);
        for (int h = 0; h < allocation.length; h++) {
            assertThat((long) allocation[h]).isGreaterThanOrEqualTo(2L).isLessThanOrEqualTo(counts[h]);
        }
    }

    @Test
    void disproportionateAllocationFor2306() {
        int[] allocation = SampleAllocation.allocate(2306);
        int[] bySize = new int[3];
        for (int h = 0; h < allocation.length; h++) {
            assertThat(allocation[h]).isGreaterThanOrEqualTo(8);
            bySize[h % 3] += allocation[h];
        }
        for (int n : bySize) {
            assertThat(n).isBetween(700, 840);
        }
    }

    @Test
    void baseFrameLooksLikeTheBusinessRegister() {
        long[] counts = SyntheticFrame.counts(SampleAllocation.allocate(2306));
        double[] bySize = new double[3];
        for (int h = 0; h < counts.length; h++) {
            bySize[h % 3] += counts[h];
        }
        double total = bySize[0] + bySize[1] + bySize[2];
        assertThat(total).isBetween(380_000.0, 420_000.0);
        assertThat(bySize[0] / total).isCloseTo(0.85, within(0.01));
        assertThat(bySize[1] / total).isCloseTo(0.12, within(0.01));
        assertThat(bySize[2] / total).isCloseTo(0.03, within(0.005));
    }

    @Test
    void filesAreUtf8WithLfLineEndsAndTheAgreedHeaders(@TempDir Path dir) throws IOException {
        GeneratedWave wave = new SyntheticWaveGenerator(3).write(dir.resolve("new/sub"), 500);
        String responses = Files.readString(wave.responses(), StandardCharsets.UTF_8);
        String frame = Files.readString(wave.frame(), StandardCharsets.UTF_8);
        assertThat(responses).doesNotContain("\r").startsWith("id,sector_cluster,size_class,region,ai_gebruik,"
                + "banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden,"
                + "personeelstekort_opgelost,functies_veranderen_sterk\n").endsWith("\n");
        assertThat(frame).doesNotContain("\r").startsWith("sector_cluster,size_class,N\n01,2-19,")
                .contains("\n16,100+,");
        assertThat(responses.lines().count()).isEqualTo(501);
    }

    @Test
    void tooSmallWaveIsRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> new SyntheticWaveGenerator(1).write(dir, 95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("96");
    }

    @Test
    void weightedFiguresTellThePublishedStory() {
        Predicate<String> all = size -> true;
        Predicate<String> large100 = "100+"::equals;
        Predicate<String> small = "2-19"::equals;
        Predicate<String> used = Set.of("zeer_hoge_mate", "hoge_mate", "redelijke_mate")::contains;
        assertThat(large.share("banen_erbij", "ja"::equals, all)).isCloseTo(0.14, within(TOLERANCE));
        assertThat(large.share("banen_erbij", "ja"::equals, large100)).isCloseTo(0.35, within(TOLERANCE));
        assertThat(large.share("banen_verdwijnen", "ja"::equals, all)).isCloseTo(0.06, within(TOLERANCE));
        assertThat(large.share("banen_verdwijnen", "ja"::equals, large100)).isCloseTo(0.18, within(TOLERANCE));
        assertThat(large.share("scholingsbehoefte_verandert", "ja"::equals, all)).isCloseTo(0.51, within(TOLERANCE));
        assertThat(large.share("andere_vaardigheden", "ja"::equals, all)).isCloseTo(0.42, within(TOLERANCE));
        assertThat(large.share("personeelstekort_opgelost", "ja"::equals, all)).isCloseTo(0.11, within(TOLERANCE));
        assertThat(large.share("functies_veranderen_sterk", "ja"::equals, all)).isCloseTo(0.23, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", "helemaal_niet"::equals, all)).isCloseTo(0.60, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", used, large100)).isCloseTo(0.37, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", used, small)).isCloseTo(0.15, within(TOLERANCE));
        // "The larger the employer, the more often" and "more among small ones".
        assertThat(large.share("scholingsbehoefte_verandert", "ja"::equals, small))
                .isLessThan(large.share("scholingsbehoefte_verandert", "ja"::equals, "20-99"::equals))
                .isLessThan(large.share("scholingsbehoefte_verandert", "ja"::equals, large100));
        assertThat(large.share("ai_gebruik", "helemaal_niet"::equals, small))
                .isGreaterThan(large.share("ai_gebruik", "helemaal_niet"::equals, large100));
    }

    @Test
    void fewDontKnowsAndAHandfulOfEmptyFields() {
        for (String item : AnswerModel.ITEMS) {
            assertThat(large.share(item, "weet_niet"::equals, size -> true)).as(item).isBetween(0.01, 0.08);
        }
        long empty = 0;
        for (String[] row : large.rows) {
            for (int i = 4; i < row.length; i++) {
                empty += row[i].isEmpty() ? 1 : 0;
            }
        }
        assertThat(empty / (7.0 * large.rows.size())).isBetween(0.005, 0.01);
    }

    /** A written wave read back, with the weights N_h/n_h computed here, independent of the product. */
    static final class Wave {
        final List<String> header = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();
        final Map<String, Long> frame = new TreeMap<>();
        final Map<String, Integer> sampled = new TreeMap<>();

        static Wave read(GeneratedWave generated) throws IOException {
            Wave wave = new Wave();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(generated.frame(), StandardCharsets.UTF_8, format)) {
                for (CSVRecord r : parser) {
                    wave.frame.put(r.get("sector_cluster") + "|" + r.get("size_class"), Long.parseLong(r.get("N")));
                }
            }
            try (CSVParser parser = CSVParser.parse(generated.responses(), StandardCharsets.UTF_8, format)) {
                wave.header.addAll(parser.getHeaderNames());
                for (CSVRecord r : parser) {
                    String[] row = r.values();
                    wave.rows.add(row);
                    wave.sampled.merge(row[1] + "|" + row[2], 1, Integer::sum);
                }
            }
            return wave;
        }

        /** Weighted share of answers matching among non-empty answers of the size classes selected. */
        double share(String column, Predicate<String> answer, Predicate<String> sizeClass) {
            int col = header.indexOf(column);
            double numerator = 0;
            double denominator = 0;
            for (String[] row : rows) {
                if (row[col].isEmpty() || !sizeClass.test(row[2])) {
                    continue;
                }
                String stratum = row[1] + "|" + row[2];
                double weight = (double) frame.get(stratum) / sampled.get(stratum);
                denominator += weight;
                numerator += answer.test(row[col]) ? weight : 0;
            }
            return numerator / denominator;
        }
    }
}
