package nl.weegschaal.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic wave the way fieldwork delivers it, as raw exports in the layouts of the job
 * spec {@code jobs/wave-2024.yml} (plus the population frame), for ingest, demo and load runs:
 * <ul>
 * <li>{@code cati.csv}: the telephone interviews, semicolon-separated UTF-8, header = the CATI
 * {@code columns:} (RESPNR;SBI2008;WERKZAME_PERSONEN;V601;...;V609_7;V610;V611), answers as the codebook's
 * numeric values (see {@link CatiWriter});</li>
 * <li>{@code cawi.xlsx}: the online questionnaires, sheet {@code Antwoorden}, header = the CAWI
 * {@code columns:}, answers as the codebook's Dutch labels (see {@link CawiWriter});</li>
 * <li>{@code frame.csv}: {@code sector_cluster,size_class,N}, byte-identical to the frame of
 * {@link SyntheticWaveGenerator} for the same number of respondents (48 rows, scaled up for huge
 * waves so that n_h never exceeds N_h).</li>
 * </ul>
 * The strata are not in the exports: each respondent gets an SBI 2008 code of its stratum's sector
 * cluster (a mix of four- and five-digit codes; always five digits in health care and social work,
 * which the split of section Q needs; never division 78) and an employee count inside its size
 * class (2-19, 20-99, 100-4,999), so the strata must be derived as the real job does. In
 * {@code cawi.xlsx} the SBI code is a number cell in about half the rows and text in the others;
 * codes with a leading zero (agriculture, mining) are always text. The
 * respondents per stratum follow {@link SampleAllocation} exactly, the answers {@link AnswerModel}
 * (weighted with N_h/n_h they tell the published story of 2024), with routing (the "which
 * functions" options are asked only after a "ja", at least one ticked), "weet niet" as a level of
 * every single-choice question (CATI code {@code 8}, CAWI label {@code Weet niet}) and about 0.5% item
 * nonresponse per single-choice question ("geen antwoord": CATI code {@code 9}, which the spec
 * declares missing; CAWI an empty cell). A share of the respondents, drawn at random, answered
 * online; ids ({@code V0000001}...) are unique across both files and the rows in random order.
 *
 * <p>With {@code plantBadRecords} eight bad records are added <em>on top of</em> the valid
 * respondents (so the valid count stays exactly {@code respondents}), each at a random place in its
 * file and reported in {@link GeneratedExports#planted()} with file, line or row, id and problem:
 * <ul>
 * <li>{@code cati.csv}: an unknown SBI code ({@code 8300}: SBI 2008 has no division 83), an
 * establishment of the out-of-scope division 78 ({@code 7820}), an empty WERKZAME_PERSONEN, and
 * {@code V602 = 7}, a value outside the codebook (its follow-up V609_* left empty);</li>
 * <li>{@code cawi.xlsx}: a non-numeric SBI code ({@code onbekend}), an empty "Aantal werkzame
 * personen", the label {@code Misschien} for "Banen erbij door AI", and an establishment that is also
 * in {@code cati.csv}: same id, SBI, employees and answers as a valid CATI record.</li>
 * </ul>
 * Planted records have ids after the last respondent's ({@code V0002307}... for 2,306), except the
 * duplicate. They come from a separate random stream, so the valid records are identical with or
 * without planting. On a tiny wave the eight can exceed a job's {@code rejects.max_share}.
 *
 * <p>Deterministic: the same seed and arguments give a byte-identical {@code cati.csv} and
 * {@code frame.csv} and the same cell contents in {@code cawi.xlsx} (whose zip entries carry
 * timestamps). Everything is streamed; a million respondents take a few seconds. Plain Java, no
 * framework; a command-line front end only has to call {@link #write}.
 */
public final class WaveExportGenerator {
    /** The online share of the 2024 wave: 3.7% of the respondents answered by CAWI. */
    public static final double DEFAULT_CAWI_SHARE = 0.037;
    static final String[] FRAME_HEADER = {"sector_cluster", "size_class", "N"};
    private static final CSVFormat FRAME_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setHeader(FRAME_HEADER).get();

    private final long seed;

    /** @param seed the seed of the random streams; equal seeds give equal exports */
    public WaveExportGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code cati.csv}, {@code cawi.xlsx} and {@code frame.csv} into {@code dir} (created if
     * needed, existing files overwritten).
     *
     * @param dir             target directory
     * @param respondents     valid respondents over both files, at least 96 (2 per stratum)
     * @param cawiShare       share of them in {@code cawi.xlsx}, 0 to 1; the CAWI count is
     *                        {@code Math.round(respondents * cawiShare)}, exactly; the 2024 wave had
     *                        {@link #DEFAULT_CAWI_SHARE}
     * @param plantBadRecords whether to add the eight bad records described above (extra records:
     *                        the valid count stays exactly {@code respondents})
     * @return the paths, the records per file (planted included) and the planted records
     * @throws IllegalArgumentException if {@code respondents < 96} or {@code cawiShare} is not in [0, 1]
     * @throws IOException if a file cannot be written
     */
    public GeneratedExports write(Path dir, int respondents, double cawiShare, boolean plantBadRecords)
            throws IOException {
        checkShare(cawiShare);
        int[] allocation = SampleAllocation.allocate(respondents);
        int cawiTotal = (int) Math.round(respondents * cawiShare);
        Files.createDirectories(dir);
        Path cati = dir.resolve(BadRecords.CATI);
        Path cawi = dir.resolve(BadRecords.CAWI);
        Path frame = dir.resolve("frame.csv");
        writeFrame(frame, SyntheticFrame.counts(allocation));
        try (ExportFiles files = new ExportFiles(cati, cawi)) {
            List<PlantedRecord> planted = WaveDraw.run(seed, allocation, cawiTotal, plantBadRecords,
                    new FreshRespondents(respondents), files);
            return new GeneratedExports(cati, cawi, frame, files.catiRecords(), files.cawiRecords(), planted);
        }
    }

    /**
     * The records {@link #write} would write, kept in memory: what a follow-up wave
     * ({@link FollowUpWaveGenerator}) needs of the earlier one.
     */
    WaveRecords records(int respondents, double cawiShare, boolean plantBadRecords) throws IOException {
        checkShare(cawiShare);
        WaveRecords records = new WaveRecords();
        records.planted(WaveDraw.run(seed, SampleAllocation.allocate(respondents),
                (int) Math.round(respondents * cawiShare), plantBadRecords, new FreshRespondents(respondents), records));
        return records;
    }

    static void checkShare(double cawiShare) {
        if (!(cawiShare >= 0 && cawiShare <= 1)) {
            throw new IllegalArgumentException("cawiShare must be between 0 and 1, got " + cawiShare);
        }
    }

    static void writeFrame(Path path, long[] counts) throws IOException {
        Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, FRAME_FORMAT)) {
            for (int h = 0; h < SyntheticFrame.STRATA; h++) {
                printer.printRecord(SyntheticFrame.sectorCode(SyntheticFrame.sectorOf(h)),
                        SyntheticFrame.SIZE_CLASSES[SyntheticFrame.sizeClassOf(h)], Long.toString(counts[h]));
            }
        }
    }
}
