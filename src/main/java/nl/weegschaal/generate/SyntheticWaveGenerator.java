package nl.weegschaal.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a deterministic synthetic wave of the employer survey: {@code responses.csv} (one row per
 * responding establishment, AI-theme items) and {@code frame.csv} (population counts N per
 * sector cluster x size class). The sample is allocated disproportionately like the real survey
 * (see {@link SampleAllocation}) and the answers are drawn so that the results weighted with
 * N_h/n_h tell the published story of 2024 (see {@link AnswerModel}).
 *
 * <p>The same seed and size always give byte-identical files: one {@link SplittableRandom} stream
 * is consumed in a fixed order and nothing depends on hash iteration order. Rows are streamed, so
 * waves of millions of respondents need no memory beyond a buffer. For very large waves the frame
 * is scaled up proportionally so that n_h never exceeds N_h (see {@link SyntheticFrame#counts}).
 */
public final class SyntheticWaveGenerator {
    static final String[] RESPONSE_HEADER = {"id", "sector_cluster", "size_class", "region", "ai_gebruik",
        "banen_verdwijnen", "banen_erbij", "scholingsbehoefte_verandert", "andere_vaardigheden",
        "personeelstekort_opgelost", "functies_veranderen_sterk"};
    static final String[] FRAME_HEADER = {"sector_cluster", "size_class", "N"};
    /** A domain outside the design (not a stratification variable), for domain estimates. */
    static final String[] REGIONS = {"Noord", "Oost", "Zuid", "West"};
    private static final double[] REGION_CUMULATIVE = {0.10, 0.31, 0.55, 1.0};

    private static final CSVFormat BASE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final AnswerModel MODEL = new AnswerModel();

    private final long seed;

    /** @param seed the seed of the single random stream; equal seeds give equal waves */
    public SyntheticWaveGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code responses.csv} and {@code frame.csv} into {@code dir} (created if needed,
     * existing files overwritten): UTF-8, header row, comma-separated, RFC 4180, LF line ends.
     *
     * @param dir         target directory
     * @param respondents net sample size, at least 96 (2 for each of the 48 strata)
     * @return the paths written and their row counts
     * @throws IllegalArgumentException if {@code respondents} is below 96
     * @throws IOException if a file cannot be written
     */
    public GeneratedWave write(Path dir, int respondents) throws IOException {
        return write(dir, respondents, false);
    }

    /**
     * As {@link #write(Path, int)}, with {@code register} also every respondent's employees and three
     * numeric answers, and {@code totals.csv} to calibrate to ({@link RegisterColumns}).
     */
    public GeneratedWave write(Path dir, int respondents, boolean register) throws IOException {
        int[] allocation = SampleAllocation.allocate(respondents);
        Files.createDirectories(dir);
        Path frame = dir.resolve("frame.csv");
        Path responses = dir.resolve("responses.csv");
        long[] counts = SyntheticFrame.counts(allocation);
        writeFrame(frame, counts);
        RegisterColumns columns = register ? new RegisterColumns(seed) : null;
        writeResponses(responses, allocation, respondents, columns);
        if (columns != null) {
            columns.writeTotals(dir.resolve("totals.csv"), counts);
        }
        return new GeneratedWave(responses, frame, respondents, SyntheticFrame.STRATA);
    }

    private static void writeFrame(Path path, long[] counts) throws IOException {
        try (CSVPrinter printer = open(path, FRAME_HEADER)) {
            for (int h = 0; h < SyntheticFrame.STRATA; h++) {
                printer.printRecord(SyntheticFrame.sectorCode(SyntheticFrame.sectorOf(h)),
                        SyntheticFrame.SIZE_CLASSES[SyntheticFrame.sizeClassOf(h)], Long.toString(counts[h]));
            }
        }
    }

    private void writeResponses(Path path, int[] allocation, int respondents, @Nullable RegisterColumns register)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int[] remaining = allocation.clone();
        String[] sectorCodes = new String[SyntheticFrame.SECTORS];
        for (int s = 0; s < sectorCodes.length; s++) {
            sectorCodes[s] = SyntheticFrame.sectorCode(s);
        }
        String[] header = register == null ? RESPONSE_HEADER : concat(RESPONSE_HEADER, RegisterColumns.HEADER);
        Object[] row = new Object[header.length];
        try (CSVPrinter printer = open(path, header)) {
            for (int i = 0; i < respondents; i++) {
                // Draw the stratum in proportion to the respondents it still has to get: exact
                // counts per stratum, yet the file is in random order like a real fieldwork export.
                int h = pick(remaining, random.nextInt(respondents - i));
                remaining[h]--;
                row[0] = id(i + 1);
                row[1] = sectorCodes[SyntheticFrame.sectorOf(h)];
                row[2] = SyntheticFrame.SIZE_CLASSES[SyntheticFrame.sizeClassOf(h)];
                row[3] = REGIONS[pick(REGION_CUMULATIVE, random.nextDouble())];
                int aiUse = MODEL.drawAiUse(h, random);
                row[4] = missingOr(AnswerModel.AI_USE[aiUse], random);
                for (int item = 0; item < AnswerModel.ITEMS.length; item++) {
                    row[5 + item] = missingOr(MODEL.drawItem(h, item, aiUse, random), random);
                }
                if (register != null) {
                    register.fill(row, RESPONSE_HEADER.length, h);
                }
                printer.printRecord(row);
            }
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static CSVPrinter open(Path path, String[] header) throws IOException {
        Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, BASE_FORMAT.builder().setHeader(header).get());
    }

    /** The index whose cumulative count range contains target (0 <= target < sum of counts). */
    private static int pick(int[] counts, int target) {
        int h = 0;
        int cumulative = counts[0];
        while (cumulative <= target) {
            cumulative += counts[++h];
        }
        return h;
    }

    private static int pick(double[] cumulative, double u) {
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) {
            k++;
        }
        return k;
    }

    /** Item nonresponse: the answer is drawn anyway, so the random stream does not depend on it. */
    private static String missingOr(String answer, SplittableRandom random) {
        return random.nextDouble() < AnswerModel.NONRESPONSE ? "" : answer;
    }

    /** {@code V} + at least 7 digits, e.g. {@code V0000001}. */
    private static String id(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 7 ? "V" + digits : "V" + "0".repeat(7 - digits.length()) + digits;
    }
}
