package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * Supplies the valid respondents of a wave to {@link WaveDraw}, which decides stratum and mode of
 * each: fresh establishments ({@link FreshRespondents}) or a follow-up of an earlier wave
 * ({@link FollowUpRespondents}).
 */
interface RespondentSource {
    /** The number of the first planted bad record's id: after every id the wave's respondents can have. */
    int firstPlantedId();

    /** Draws what is needed before the first respondent (such as the order of the ids) from {@code random}. */
    void start(SplittableRandom random);

    /** Fills {@code row} with the next respondent, of stratum h, drawing from {@code random}. */
    void fill(ExportRow row, int h, SplittableRandom random);
}
