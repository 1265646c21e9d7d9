package nl.weegschaal.testing.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the second agency's wave under {@code src/test/resources/reference/agency/} — NOT a test.
 * It ran once by hand and its files are committed; {@code AgencyReferenceTest} reads them and never
 * calls this. To rebuild the wave (then regenerate the R reference and commit both):
 *
 * <pre>mvn -o -B test -Dtest=AgencyWaveWriter -Dagency.wave.write=true
 * Rscript src/test/r/make_agency_reference.R</pre>
 *
 * <p>The exports ({@code levering/telefonisch.csv}, {@code levering/online.xlsx}) and the frame
 * ({@code frame.csv}) are drawn with seed {@value #SEED}; the tables of strata and of planted bad
 * records in the README (between its {@code <!-- ... -->} markers) are rewritten to match. The
 * workbook carries POI's time stamps, so a rebuild changes its bytes even where its cells are the same.
 */
@EnabledIfSystemProperty(named = "agency.wave.write", matches = "true")
class AgencyWaveWriter {
    static final Path DIR = Path.of("src/test/resources/reference/agency");
    static final long SEED = 2025;
    static final String[] SIZES = {"2-9", "10-49", "50+"};
    /** Population per sector cluster 01..16 and size class 2-9, 10-49, 50+. */
    private static final int[][] POPULATION = {
        {14200, 1150, 95}, {17400, 7900, 3400}, {32100, 5100, 820}, {23800, 6300, 1450}, {51200, 9400, 1100},
        {9800, 3400, 1050}, {31600, 8200, 420}, {12100, 2600, 640}, {3900, 1200, 16}, {16900, 3500, 1300},
        {33500, 4400, 820}, {1100, 1050, 690}, {6200, 4300, 1500}, {27400, 5200, 1500}, {7300, 3800, 900},
        {19800, 2300, 380}};
    private static final int[] BASE_RESPONDENTS = {38, 30, 24};

    @Test
    void writeWave() throws IOException {
        Draws draws = new Draws(SEED);
        int[][] respondents = allocation(draws.random());
        List<Entry> cati = new ArrayList<>();
        List<Entry> online = new ArrayList<>();
        for (int sector = 0; sector < POPULATION.length; sector++) {
            for (int size = 0; size < SIZES.length; size++) {
                for (int k = 0; k < respondents[sector][size]; k++) {
                    boolean web = draws.random().nextDouble() < 0.2 + 0.1 * size;
                    (web ? online : cati).add(new Entry(draws.interview(sector, size, web), null));
                }
            }
        }
        shuffle(cati, draws.random());
        shuffle(online, draws.random());
        Planted planted = new Planted(draws);
        List<Entry> drawnCati = List.copyOf(cati);
        spread(cati, planted.cati());
        spread(online, planted.online());
        repeat(cati, drawnCati.get(drawnCati.size() / 3 * 2));
        repeat(online, drawnCati.get(drawnCati.size() / 4));

        Path delivery = Files.createDirectories(DIR.resolve("levering"));
        CatiExport catiExport = new CatiExport();
        long[] lines = catiExport.write(delivery.resolve(CatiExport.FILE),
                cati.stream().map(e -> catiExport.cells(e.interview, e.cells)).toList());
        OnlineExport onlineExport = new OnlineExport();
        long[] rows = onlineExport.write(delivery.resolve(OnlineExport.FILE),
                online.stream().map(e -> onlineExport.cells(e.interview, e.cells)).toList());
        place(cati, CatiExport.FILE, lines, CatiExport.ID);
        place(online, OnlineExport.FILE + " sheet " + OnlineExport.SHEET, rows, OnlineExport.ID);
        writeFrame();
        Readme readme = new Readme(DIR.resolve("README.md"));
        readme.replace("strata", Readme.strataTable(POPULATION, respondents, SIZES));
        List<Entry> bad = new ArrayList<>();
        cati.stream().filter(e -> e.planted != null).forEach(bad::add);
        online.stream().filter(e -> e.planted != null).forEach(bad::add);
        readme.replace("planted", Readme.plantedTable(bad));
        readme.replace("counts", Readme.counts(cati.size(), online.size(), bad));
        readme.write();
    }

    /** Respondents per stratum: the base per size class, varied; one stratum empty, one lonely, one complete. */
    private static int[][] allocation(SplittableRandom random) {
        int[][] n = new int[POPULATION.length][SIZES.length];
        for (int sector = 0; sector < POPULATION.length; sector++) {
            for (int size = 0; size < SIZES.length; size++) {
                n[sector][size] = (int) Math.round(BASE_RESPONDENTS[size] * (0.75 + 0.5 * random.nextDouble()));
            }
        }
        n[0][2] = 0;      // 01 Landbouw x 50+: no respondents, dropped from the design
        n[6][2] = 1;      // 07 Horeca x 50+: one respondent, a lonely stratum
        n[8][2] = POPULATION[8][2]; // 09 Financiële instellingen x 50+: every establishment responded
        return n;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** Puts the planted records at evenly spread places, in their order. */
    private static void spread(List<Entry> records, List<Entry> planted) {
        int step = records.size() / (planted.size() + 1);
        for (int k = planted.size() - 1; k >= 0; k--) {
            records.add((k + 1) * step, planted.get(k));
        }
    }

    /** Makes the planted repeated establishment of {@code records} the establishment of {@code original}. */
    private static void repeat(List<Entry> records, Entry original) {
        Entry copy = records.stream().filter(e -> Planted.REPEATED.equals(e.planted)).findFirst().orElseThrow();
        if (records.contains(original) && records.indexOf(original) > records.indexOf(copy)) {
            throw new IllegalStateException("the repeated establishment must come after the one it repeats");
        }
        copy.repeats = original;
        copy.interview.id = original.interview.id;
        copy.interview.sbi = original.interview.sbi;
        copy.interview.employees = original.interview.employees;
    }

    /** Records where each record landed, and the reject of a repeated establishment (which names a line). */
    private static void place(List<Entry> records, String source, long[] lines, String idColumn) {
        for (int r = 0; r < records.size(); r++) {
            Entry e = records.get(r);
            e.source = source;
            e.line = lines[r];
        }
        for (Entry e : records) {
            if (e.repeats != null) {
                e.reject("id (" + idColumn + ")", e.interview.id, "the establishment is also in "
                        + CatiExport.FILE + " line " + e.repeats.line + ", which is kept");
            }
        }
    }

    private static void writeFrame() throws IOException {
        StringBuilder csv = new StringBuilder("sector,grootte,aantal\n");
        for (int sector = 0; sector < POPULATION.length; sector++) {
            for (int size = 0; size < SIZES.length; size++) {
                csv.append(String.format("%02d,%s,%d%n", sector + 1, SIZES[size], POPULATION[sector][size]));
            }
        }
        Files.writeString(DIR.resolve("frame.csv"), csv, StandardCharsets.UTF_8);
    }
}
