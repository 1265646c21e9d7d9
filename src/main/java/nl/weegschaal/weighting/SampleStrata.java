package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.Numbers;
import nl.weegschaal.frame.FrameException;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTable;

/** The strata of a sample measured against its frame: N_h and n_h, with n_h <= N_h checked. */
public final class SampleStrata {
    private SampleStrata() {
    }

    /** Frame strata without respondents, as strata with n_h = 0 (to be dropped, or merged into neighbours). */
    public static List<StratumWeight> empty(List<StratumKey> keys, PopulationFrame frame) {
        return keys.stream().map(key -> Weighting.unweighted(key, frame.population(key), 0)).toList();
    }

    public static List<StratumWeight> of(ResponseTable table, PopulationFrame frame) {
        List<StratumWeight> strata = new ArrayList<>(table.strata().size());
        for (int h = 0; h < table.strata().size(); h++) {
            StratumKey key = table.strata().get(h);
            double population = frame.population(key);
            int respondents = table.respondents()[h];
            if (respondents > population) {
                throw new FrameException("stratum " + key + " has " + respondents + " respondents but the frame "
                        + frame.source().getFileName() + " says N = " + Numbers.format(population));
            }
            strata.add(Weighting.unweighted(key, population, respondents));
        }
        return strata;
    }
}
