package nl.weegschaal.weighting;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A fixed split of n respondents into chunks, for a pass over them that runs on the machine's cores
 * (the common fork-join pool): at most {@value #MOST} chunks of at least {@value #LEAST} respondents,
 * whatever the number of threads, and each chunk's result comes back in chunk order, so that sums
 * added in that order are the same on every machine and in every run.
 */
public final class FixedSplit {
    private static final int MOST = 8;
    private static final int LEAST = 50_000;

    private final int size;
    private final int chunks;

    public FixedSplit(int size) {
        this.size = size;
        this.chunks = Math.max(1, Math.min(MOST, size / LEAST));
    }

    /** A pass over the respondents [from, to) of one chunk. */
    @FunctionalInterface
    public interface Pass<T> {
        T over(int from, int to);
    }

    /** The pass run on every chunk, side by side; the results in chunk order. */
    public <T> List<T> map(Pass<T> pass) {
        return IntStream.range(0, chunks).parallel().mapToObj(chunk -> pass.over(from(chunk), from(chunk + 1)))
                .toList();
    }

    /** A pass over the respondents [from, to) of one chunk that writes its results in place. */
    @FunctionalInterface
    public interface Work {
        void over(int from, int to);
    }

    /** The work run on every chunk, side by side. */
    public void run(Work work) {
        map((from, to) -> {
            work.over(from, to);
            return Boolean.TRUE;
        });
    }

    /** The first respondent of chunk c; {@code from(c + 1)} ends it. */
    private int from(int chunk) {
        return (int) ((long) size * chunk / chunks);
    }
}
