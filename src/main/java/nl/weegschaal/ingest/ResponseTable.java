package nl.weegschaal.ingest;

import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.StratumKey;
import org.jspecify.annotations.Nullable;

/**
 * The responses of a run in columns: each respondent's stratum index and id, and the encoded
 * categorical columns. Strata are those of the frame that have respondents, in frame order.
 *
 * @param strata       index to stratum
 * @param respondents  n_h per stratum index
 * @param stratumOf    the stratum index of every respondent
 * @param ids          respondent ids in record order, or null when the run has no id column
 * @param columns      the encoded variables and domains by name
 * @param droppedStrata frame strata without respondents
 */
public record ResponseTable(List<StratumKey> strata, int[] respondents, int[] stratumOf, @Nullable List<String> ids,
                            Map<String, CategoricalColumn> columns, List<StratumKey> droppedStrata) {
    public ResponseTable {
        strata = List.copyOf(strata);
        columns = Map.copyOf(columns);
        droppedStrata = List.copyOf(droppedStrata);
    }

    /** The same responses in other strata (e.g. collapsed ones): the strata, their n_h, each respondent's stratum. */
    public ResponseTable withStrata(List<StratumKey> otherStrata, int[] otherRespondents, int[] otherStratumOf) {
        return new ResponseTable(otherStrata, otherRespondents, otherStratumOf, ids, columns, droppedStrata);
    }

    public int size() {
        return stratumOf.length;
    }

    public CategoricalColumn column(String name) {
        CategoricalColumn column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("column '" + name + "' was not read");
        }
        return column;
    }
}
