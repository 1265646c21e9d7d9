package nl.weegschaal.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the records of one wave in export order and hands them to an {@link ExportSink}: per record
 * the stratum and the mode (in proportion to what is still to come, so the counts are exact yet the
 * order random, like a real fieldwork export), the respondent from a {@link RespondentSource}, the
 * numeric answers from a stream of their own, and the planted bad records ({@link BadRecords}) in
 * between. The order of the random draws is fixed: a seed gives the same records whatever the sink.
 */
final class WaveDraw {
    /** Mixed into the seed for the numeric answers' stream. */
    private static final long NUMBERS_STREAM = 0x6E756D6572696373L;

    private WaveDraw() {
    }

    /**
     * Draws the wave and writes it to {@code out}.
     *
     * @param seed       the seed of the wave's random streams
     * @param allocation valid respondents per stratum
     * @param cawiTotal  how many of them answer online
     * @param plant      whether to plant the bad records (extra records, ids from the source's
     *                   {@link RespondentSource#firstPlantedId()})
     * @return the planted records, by file then line or row
     */
    static List<PlantedRecord> run(long seed, int[] allocation, int cawiTotal, boolean plant,
            RespondentSource source, ExportSink out) throws IOException {
        int respondents = 0;
        for (int n : allocation) {
            respondents += n;
        }
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom plantRandom = random.split();
        BadRecords bad = plant
                ? BadRecords.plan(plantRandom, respondents - cawiTotal, cawiTotal, source.firstPlantedId())
                : BadRecords.none(plantRandom);
        source.start(random);
        // a stream of its own, so that the numeric questions leave every other draw as it was
        SplittableRandom numbers = new SplittableRandom(seed ^ NUMBERS_STREAM);
        int[] remaining = allocation.clone();
        int cawiLeft = cawiTotal;
        ExportRow row = new ExportRow();
        for (int i = 0; i < respondents; i++) {
            int h = pick(remaining, random.nextInt(respondents - i));
            remaining[h]--;
            boolean online = random.nextInt(respondents - i) < cawiLeft;
            source.fill(row, h, random);
            Respondents.numbers(row, numbers);
            if (online) {
                cawiLeft--;
                bad.beforeCawi(out::cawi);
                out.cawi(row);
                bad.afterCawi();
            } else {
                bad.beforeCati(out::cati);
                bad.afterCati(row, out.cati(row));
            }
        }
        return bad.finish(out::cati, out::cawi);
    }

    /** first..first+n-1 in random order (Fisher-Yates). */
    static int[] shuffled(int first, int n, SplittableRandom random) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = first + i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return ids;
    }

    /** The index whose cumulative count range contains target (0 <= target < sum of counts). */
    static int pick(int[] counts, int target) {
        int h = 0;
        int cumulative = counts[0];
        while (cumulative <= target) {
            cumulative += counts[++h];
        }
        return h;
    }
}
