package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.WaveSpec;

/**
 * Per-respondent columns of the weighted respondents, for estimators that need every respondent's
 * value (totals, means and ratios of numeric questions) rather than per-stratum counts. Respondents
 * are in the order of the {@code weights} table: by export, then line; only those in a design stratum
 * (the inner join with {@link RunStore#DESIGN_INDEX}, as {@code weights} has them). One query per
 * column, each a single pass over the responses.
 */
public final class RespondentValues {
    private final RunStore store;
    private final WaveSpec spec;

    public RespondentValues(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /** Per respondent, the index h of its design stratum. */
    public int[] strata() throws SQLException {
        List<Integer> strata = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT i.h" + from(""))) {
            while (r.next()) {
                strata.add(r.getInt(1));
            }
        }
        return strata.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per respondent, the number a numeric field holds; NaN where it is missing. */
    public double[] numbers(String field) throws SQLException {
        double[] values = new double[respondents()];
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT CAST(v.value AS DOUBLE)" + from(valueJoin(field)))) {
            for (int i = 0; r.next(); i++) {
                double value = r.getDouble(1);
                values[i] = r.wasNull() ? Double.NaN : value;
            }
        }
        return values;
    }

    /** Per respondent, the text of a domain column (a strata column or a coded field); null where missing. */
    public String[] texts(String column) throws SQLException {
        String[] texts = new String[respondents()];
        boolean coded = !spec.strataColumns().contains(column);
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT " + (coded ? "v.value" : "r." + quote(column))
                     + from(coded ? valueJoin(column) : ""))) {
            for (int i = 0; r.next(); i++) {
                texts[i] = r.getString(1);
            }
        }
        return texts;
    }

    private int respondents() throws SQLException {
        return (int) store.count("SELECT count(*) FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX
                + " i USING (" + RunStore.quoted("", spec.strataColumns()) + ")");
    }

    /** The respondents in the order of {@code weights}, with a join. */
    private String from(String join) {
        return " FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", spec.strataColumns()) + ")" + join + " ORDER BY r.input_order, r.line";
    }

    /** The staged value of a coded field, as {@code v.value}. */
    private String valueJoin(String field) {
        return " LEFT JOIN " + RunStore.STAGED_VALUES + " v ON v.input_order = r.input_order AND v.field = "
                + spec.fields().indexOf(field) + " AND v.code = r." + quote(field);
    }
}
