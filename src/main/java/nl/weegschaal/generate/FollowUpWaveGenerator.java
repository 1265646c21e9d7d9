package nl.weegschaal.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a second wave of the same synthetic population as a wave of {@link WaveExportGenerator}, in
 * the same export layouts, for comparisons over time: about {@link FollowUp#overlap()} of each
 * stratum's respondents answered the earlier wave too (same id and SBI code, employees drifted a
 * little, answers correlated with their earlier ones), the rest are new establishments with ids no
 * earlier record has. The answers follow {@link AnswerTargets#WAVE_2025}: the 2024 story with a few
 * real changes. The earlier wave is regenerated in memory from its seed and size, record for record
 * as {@link WaveExportGenerator#write} writes it (its online share and bad records do not change
 * its establishments, so they need not be given).
 *
 * <p>Per stratum the allocation is {@link SampleAllocation}'s, exactly; the frame is the earlier
 * wave's (no growth of the population); bad records are planted as in the earlier wave, with new ids.
 * Deterministic: the same arguments give the same files (byte-identical CSVs, cell-identical workbook).
 */
public final class FollowUpWaveGenerator {
    private static final AnswerModel EARLIER_MODEL = new AnswerModel(AnswerTargets.WAVE_2024);
    private static final AnswerModel MODEL = new AnswerModel(AnswerTargets.WAVE_2025);

    private final long seed;
    private final FollowUp earlier;

    /**
     * @param seed    this wave's seed
     * @param earlier the earlier wave and the overlap with it
     */
    public FollowUpWaveGenerator(long seed, FollowUp earlier) {
        this.seed = seed;
        this.earlier = earlier;
    }

    /**
     * Writes {@code cati.csv}, {@code cawi.xlsx} and {@code frame.csv} into {@code dir}, as
     * {@link WaveExportGenerator#write} does.
     *
     * @return the files, how many respondents were kept from the earlier wave and how many of those moved stratum
     * @throws IllegalArgumentException if a wave has fewer than 96 respondents or {@code cawiShare} is not in [0, 1]
     */
    public GeneratedFollowUp write(Path dir, int respondents, double cawiShare, boolean plantBadRecords)
            throws IOException {
        WaveExportGenerator.checkShare(cawiShare);
        int[] allocation = SampleAllocation.allocate(respondents);
        WaveRecords before = new WaveExportGenerator(earlier.seed())
                .records(earlier.respondents(), WaveExportGenerator.DEFAULT_CAWI_SHARE, true);
        FollowUpPlan plan = FollowUpPlan.draw(before.valid(), allocation, earlier.overlap(), seed);
        RespondentSource source = new FollowUpRespondents(plan, allocation, before.largestIdNumber() + 1,
                new CarriedAnswers(EARLIER_MODEL, MODEL), MODEL);
        Files.createDirectories(dir);
        Path cati = dir.resolve(BadRecords.CATI);
        Path cawi = dir.resolve(BadRecords.CAWI);
        Path frame = dir.resolve("frame.csv");
        WaveExportGenerator.writeFrame(frame, SyntheticFrame.counts(allocation));
        try (ExportFiles files = new ExportFiles(cati, cawi)) {
            List<PlantedRecord> planted = WaveDraw.run(seed, allocation, (int) Math.round(respondents * cawiShare),
                    plantBadRecords, source, files);
            GeneratedExports exports = new GeneratedExports(cati, cawi, frame, files.catiRecords(),
                    files.cawiRecords(), planted);
            return new GeneratedFollowUp(exports, plan.total(), plan.moved());
        }
    }
}
