package nl.weegschaal.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.StratumKey;

/**
 * Finds the frame stratum of a record without building a key object per record: each strata
 * column's value is coded against the values the frame uses in that column, and the codes
 * combined (mixed radix) index a table of frame strata.
 */
final class StratumIndex {
    private static final int DENSE_LIMIT = 1 << 22;

    private final List<Map<String, Integer>> valueCodes;
    private final long[] radix;
    private final int[] dense;
    private final Map<Long, Integer> sparse = new HashMap<>();

    StratumIndex(List<StratumKey> frameStrata, int columns) {
        valueCodes = new java.util.ArrayList<>();
        for (int k = 0; k < columns; k++) {
            Map<String, Integer> codes = new HashMap<>();
            for (StratumKey key : frameStrata) {
                codes.putIfAbsent(key.values().get(k), codes.size());
            }
            valueCodes.add(codes);
        }
        radix = new long[columns];
        long size = 1;
        for (int k = columns - 1; k >= 0; k--) {
            radix[k] = size;
            size *= valueCodes.get(k).size();
        }
        dense = size <= DENSE_LIMIT ? new int[(int) size] : new int[0];
        Arrays.fill(dense, -1);
        for (int h = 0; h < frameStrata.size(); h++) {
            long combined = 0;
            for (int k = 0; k < columns; k++) {
                combined += radix[k] * valueCodes.get(k).get(frameStrata.get(h).values().get(k));
            }
            if (dense.length > 0) {
                dense[(int) combined] = h;
            } else {
                sparse.put(combined, h);
            }
        }
    }

    /**
     * The frame index of the stratum with these values (read at the given positions, without
     * surrounding spaces, as the frame's are), or -1.
     */
    int find(SourceRecord record, int[] positions) {
        long combined = 0;
        for (int k = 0; k < positions.length; k++) {
            Integer code = valueCodes.get(k).get(record.value(positions[k]).trim());
            if (code == null) {
                return -1;
            }
            combined += radix[k] * code;
        }
        if (dense.length > 0) {
            return dense[(int) combined];
        }
        return sparse.getOrDefault(combined, -1);
    }
}
