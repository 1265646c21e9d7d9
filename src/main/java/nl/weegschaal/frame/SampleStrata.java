package nl.weegschaal.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.Numbers;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.Weighting;

/**
 * The strata of a sample measured against its frame: N_h and n_h for the frame strata with
 * respondents, in frame order, and the frame strata without respondents (n_h = 0: to be dropped, or
 * merged into neighbours). A stratum with respondents that is not in the frame, or with more
 * respondents than its N_h, stops the run.
 *
 * @param sample the strata with respondents, in frame order
 * @param empty  the frame strata without respondents, in frame order
 */
public record SampleStrata(List<StratumWeight> sample, List<StratumWeight> empty) {
    public SampleStrata {
        sample = List.copyOf(sample);
        empty = List.copyOf(empty);
    }

    /**
     * @param respondents n_h per stratum that has respondents
     * @param example     where a respondent of each stratum is ({@code responses.csv line 7}), for messages
     */
    public static SampleStrata of(Map<StratumKey, Long> respondents, Map<StratumKey, String> example,
                                  PopulationFrame frame) {
        for (Map.Entry<StratumKey, Long> stratum : respondents.entrySet()) {
            if (!frame.contains(stratum.getKey())) {
                throw new FrameException("stratum " + stratum.getKey() + " has " + stratum.getValue()
                        + " respondents (e.g. " + example.get(stratum.getKey()) + ") but is not in the frame "
                        + frame.source().getFileName());
            }
        }
        List<StratumWeight> sample = new ArrayList<>();
        List<StratumWeight> empty = new ArrayList<>();
        for (StratumKey key : frame.counts().keySet()) {
            Long n = respondents.get(key);
            double population = frame.population(key);
            if (n == null) {
                empty.add(Weighting.unweighted(key, population, 0));
            } else if (n > population) {
                throw new FrameException("stratum " + key + " has " + n + " respondents but the frame "
                        + frame.source().getFileName() + " says N = " + Numbers.format(population));
            } else {
                sample.add(Weighting.unweighted(key, population, n.intValue()));
            }
        }
        return new SampleStrata(sample, empty);
    }
}
