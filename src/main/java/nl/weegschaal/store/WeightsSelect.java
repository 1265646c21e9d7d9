package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;
import static nl.weegschaal.store.RunStore.quoted;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.WaveSpec;

/**
 * The {@link RunStore#WEIGHTS} of a run's result, as one query of its work store: every respondent's
 * {@code weight}, {@code design_weight} (its stratum's) and {@code g_weight}, in the order of
 * {@link RespondentValues}, with who it is and its strata. Under a calibration to totals the g-weights
 * are joined from {@link RunStore#CALIBRATION_G} by export and line and weight = design weight x g;
 * otherwise g = 1. The result is the one place the million weights are written, once, when it is
 * published, from the tables the weights step stored, which no later step changes.
 *
 * <p>The columns are of their {@link CategoryTypes} type; a stratum's is taken from the design's few
 * strata, joined by its text, rather than cast for each of a million respondents (a sixth of the
 * query at a million respondents). A design stratum may hold a value no record has (a margin's
 * category folded into its neighbour): it joins no respondent, and its typed value is null.
 */
public final class WeightsSelect {
    private final WaveSpec spec;
    private final String schema;
    private final CategoryTypes types;

    /** @param schema the work store's schema as the query sees it: {@code ""}, or {@code "staging."} when attached */
    public WeightsSelect(WaveSpec spec, String schema, CategoryTypes types) {
        this.spec = spec;
        this.schema = schema;
        this.types = types;
    }

    public String sql() {
        boolean calibrated = spec.weighting().calibration() != null;
        String g = calibrated ? "g.g" : "1.0::DOUBLE";
        List<String> strata = spec.strataColumns();
        List<String> columns = new ArrayList<>(respondentColumns());
        StringBuilder typed = new StringBuilder();
        for (int k = 0; k < strata.size(); k++) {
            String alias = quote("typed stratum " + k);
            typed.append(", ").append(types.tryCast(strata.get(k), "i." + quote(strata.get(k)))).append(" AS ").append(alias);
            columns.add("d." + alias + " AS " + quote(strata.get(k)));
        }
        // the design's 48-odd strata with their weights joined first, so that DuckDB builds its hash table
        // on them, not on the million respondents
        String design = " FROM " + schema + RunStore.RESPONSES + " r JOIN (SELECT i.* EXCLUDE (h), d.weight" + typed
                + " FROM " + schema + RunStore.DESIGN_INDEX + " i JOIN " + schema + RunStore.DESIGN_STRATA
                + " d USING (h)) d USING (" + quoted("", strata) + ")";
        String calibration = calibrated ? " JOIN " + schema + RunStore.CALIBRATION_G
                + " g ON g.input_order = r.input_order AND g.line = r.line" : "";
        return "SELECT " + String.join(", ", columns) + ", d.weight * " + g + " AS weight, d.weight AS design_weight, "
                + g + " AS g_weight" + design + calibration + " ORDER BY " + RespondentValues.ORDER;
    }

    /**
     * Who a weight belongs to: a wave's respondents by id and mode; {@code weigh}'s by record number and,
     * when it has one, the id under the id column's own name.
     */
    private List<String> respondentColumns() {
        var input = spec.inputs().get(0);
        if (input.mode() != null) {
            return List.of(typed("id", "r.id"), typed("mode", "r.mode"));
        }
        String id = input.columns().get("id");
        return id == null ? List.of("r.record_number") : List.of("r.record_number", typed(id, "r.id"));
    }

    private String typed(String column, String expression) {
        return types.cast(column, expression) + " AS " + quote(column);
    }
}
