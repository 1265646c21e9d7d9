package nl.weegschaal.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which establishments of the earlier wave answer again, per stratum of the follow-up. First every
 * earlier respondent's employees drift ({@link EmployeeDrift}), which puts some of them in another
 * size class and so another stratum; then in each follow-up stratum g a simple random sample without
 * replacement of the earlier respondents now in g is kept: {@code round(overlap x n_g)} of them (all,
 * if fewer are there), so the follow-up's allocation n_g stays exact and the rest of g is new. Both
 * steps draw from streams of their own, in id order, so the plan depends on the seeds only.
 */
final class FollowUpPlan {
    private static final long DRIFT_STREAM = 0x6472696674L;
    private static final long SELECTION_STREAM = 0x73656C656374L;

    private final List<List<KeptEstablishment>> kept;
    private final int moved;

    private FollowUpPlan(List<List<KeptEstablishment>> kept, int moved) {
        this.kept = kept;
        this.moved = moved;
    }

    /**
     * @param earlier    the earlier wave's valid respondents
     * @param allocation the follow-up's respondents per stratum
     * @param overlap    the share of each stratum's follow-up respondents to take from the earlier wave
     * @param seed       the follow-up's seed
     */
    static FollowUpPlan draw(List<ExportRow> earlier, int[] allocation, double overlap, long seed) {
        List<ExportRow> byId = new ArrayList<>(earlier);
        byId.sort(Comparator.comparing(row -> row.id));
        List<List<KeptEstablishment>> candidates = new ArrayList<>();
        for (int g = 0; g < SyntheticFrame.STRATA; g++) {
            candidates.add(new ArrayList<>());
        }
        SplittableRandom drift = new SplittableRandom(seed ^ DRIFT_STREAM);
        for (ExportRow row : byId) {
            int employees = EmployeeDrift.drift(row.employees, drift);
            int stratum = SyntheticFrame.stratum(SyntheticFrame.sectorOf(row.stratum), EmployeeDrift.sizeClass(employees));
            candidates.get(stratum).add(new KeptEstablishment(row, employees, stratum));
        }
        SplittableRandom selection = new SplittableRandom(seed ^ SELECTION_STREAM);
        List<List<KeptEstablishment>> kept = new ArrayList<>();
        int movedKept = 0;
        for (int g = 0; g < SyntheticFrame.STRATA; g++) {
            List<KeptEstablishment> sample = sample(candidates.get(g),
                    (int) Math.round(overlap * allocation[g]), selection);
            movedKept += (int) sample.stream().filter(FollowUpPlan::moved).count();
            kept.add(sample);
        }
        return new FollowUpPlan(kept, movedKept);
    }

    /** The kept establishments of follow-up stratum g, in random order. */
    List<KeptEstablishment> kept(int g) {
        return kept.get(g);
    }

    /** All kept establishments. */
    int total() {
        return kept.stream().mapToInt(List::size).sum();
    }

    /** Kept establishments whose stratum changed since the earlier wave. */
    int moved() {
        return moved;
    }

    private static boolean moved(KeptEstablishment kept) {
        return kept.stratum() != kept.earlier().stratum;
    }

    /** A simple random sample of {@code min(size, candidates)}: a partial Fisher-Yates shuffle. */
    private static List<KeptEstablishment> sample(List<KeptEstablishment> candidates, int size,
            SplittableRandom random) {
        List<KeptEstablishment> pool = new ArrayList<>(candidates);
        int n = Math.min(size, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            KeptEstablishment swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }
}
