package nl.weegschaal.estimation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The two waves' samples of a rotating panel: wave 1 is stratified simple random sampling without
 * replacement by the year-1 classes; wave 2, per year-2 class g, keeps a simple random subsample of
 * the wave-1 respondents now in g (the overlap share of n_g, or all of them where fewer are
 * available) and fills the rest of n_g with fresh establishments drawn from those of g that were
 * not in wave 1 (Tam's rotation).
 */
final class RotatingSamples {
    private final EstablishmentPanel panel;
    private final int[][] members1;
    private final int[][] members2;

    RotatingSamples(EstablishmentPanel panel) {
        this.panel = panel;
        this.members1 = members(panel.stratum1);
        this.members2 = members(panel.stratum2);
    }

    private static int[][] members(int[] stratum) {
        int[] count = new int[EstablishmentPanel.CLASS_SIZES.length];
        for (int h : stratum) {
            count[h]++;
        }
        int[][] members = new int[count.length][];
        for (int h = 0; h < count.length; h++) {
            members[h] = new int[count[h]];
        }
        int[] filled = new int[count.length];
        for (int i = 0; i < stratum.length; i++) {
            members[stratum[i]][filled[stratum[i]]++] = i;
        }
        return members;
    }

    /** The establishments (population indices) of the two waves, and which are in both. */
    record Draw(int[] wave1, int[] wave2, Overlap overlap) {
    }

    Draw draw(double share, SplittableRandom random) {
        boolean[] inFirst = new boolean[panel.size()];
        int[] wave1 = new int[total()];
        int size1 = 0;
        for (int h = 0; h < members1.length; h++) {
            int n = EstablishmentPanel.SAMPLE_SIZES[h];
            System.arraycopy(sample(members1[h], members1[h].length, n, random), 0, wave1, size1, n);
            size1 += n;
        }
        for (int unit : wave1) {
            inFirst[unit] = true;
        }
        int[] wave2 = new int[total()];
        int size2 = 0;
        for (int g = 0; g < members2.length; g++) {
            int[] candidates = new int[members2[g].length];
            int[] fresh = new int[members2[g].length];
            int c = 0;
            int f = 0;
            for (int unit : members2[g]) {
                if (inFirst[unit]) {
                    candidates[c++] = unit;
                } else {
                    fresh[f++] = unit;
                }
            }
            int n = EstablishmentPanel.SAMPLE_SIZES[g];
            int kept = Math.min(c, (int) Math.round(share * n));
            System.arraycopy(sample(candidates, c, kept, random), 0, wave2, size2, kept);
            System.arraycopy(sample(fresh, f, n - kept, random), 0, wave2, size2 + kept, n - kept);
            size2 += n;
        }
        return new Draw(wave1, wave2, overlap(wave1, wave2));
    }

    private static int total() {
        return Arrays.stream(EstablishmentPanel.SAMPLE_SIZES).sum();
    }

    private Overlap overlap(int[] wave1, int[] wave2) {
        int[] position1 = new int[panel.size()];
        Arrays.fill(position1, -1);
        for (int i = 0; i < wave1.length; i++) {
            position1[wave1[i]] = i;
        }
        int[] first = new int[wave2.length];
        int[] second = new int[wave2.length];
        int m = 0;
        for (int j = 0; j < wave2.length; j++) {
            int i = position1[wave2[j]];
            if (i >= 0) {
                first[m] = i;
                second[m++] = j;
            }
        }
        return new Overlap(Arrays.copyOf(first, m), Arrays.copyOf(second, m));
    }

    /** A simple random sample of n of the first {@code size} units, by a partial Fisher-Yates shuffle. */
    private static int[] sample(int[] units, int size, int n, SplittableRandom random) {
        int[] pool = Arrays.copyOf(units, size);
        for (int k = 0; k < n; k++) {
            int pick = k + random.nextInt(size - k);
            int swap = pool[k];
            pool[k] = pool[pick];
            pool[pick] = swap;
        }
        return Arrays.copyOf(pool, n);
    }
}
