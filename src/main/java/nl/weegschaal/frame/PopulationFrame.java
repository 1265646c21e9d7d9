package nl.weegschaal.frame;

import nl.weegschaal.weighting.StratumKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Population counts N_h per stratum, as read from the business-register frame.
 *
 * @param source        the file the counts came from (for messages)
 * @param strataColumns the names of the strata columns, in order
 * @param counts        N_h per stratum, in file order
 */
public record PopulationFrame(Path source, List<String> strataColumns, Map<StratumKey, Double> counts) {
    public PopulationFrame {
        strataColumns = List.copyOf(strataColumns);
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public boolean contains(StratumKey key) {
        return counts.containsKey(key);
    }

    public double population(StratumKey key) {
        Double n = counts.get(key);
        if (n == null) {
            throw new FrameException("stratum " + key + " is not in the frame " + source.getFileName());
        }
        return n;
    }
}
