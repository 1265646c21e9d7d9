package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Per-respondent columns of the weighted respondents, for what needs every respondent's value rather
 * than per-stratum counts: totals, means and ratios of numeric questions, and every statistic of weights
 * calibrated to totals (which vary within strata), with the calibration's auxiliaries. Respondents are
 * in the order of the {@code weights} table: by export, then line ({@link #ORDER}); only those in a
 * design stratum (the inner join with {@link RunStore#DESIGN_INDEX}, as {@code weights} has them). One
 * query per column, each a single pass over the responses, decoded by DuckDB.
 */
public final class RespondentValues {
    /** The order of respondents, as SQL over {@code responses r}. */
    static final String ORDER = "r.input_order, r.line";
    private final RunStore store;
    private final WaveSpec spec;
    private int size = -1;
    private @Nullable String[] locations;

    public RespondentValues(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /** Per respondent, the index h of its design stratum. */
    public int[] strata() throws SQLException {
        int[] strata = new int[respondents()];
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT i.h" + from(""))) {
            for (int i = 0; r.next(); i++) {
                strata[i] = r.getInt(1);
            }
        }
        return strata;
    }

    /** Where respondent i was read, for messages: its export and line. */
    public String where(int i) {
        try {
            if (locations == null) {
                locations = new String[respondents()];
                try (Statement s = store.connection().createStatement();
                     ResultSet r = s.executeQuery("SELECT r.source || ' line ' || r.line" + from(""))) {
                    for (int k = 0; r.next(); k++) {
                        locations[k] = r.getString(1);
                    }
                }
            }
            return locations[i];
        } catch (SQLException e) {
            return "respondent " + (i + 1);
        }
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
    public @Nullable String[] texts(String column) throws SQLException {
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

    /** The number of respondents. */
    public int respondents() throws SQLException {
        if (size < 0) {
            size = (int) store.count("SELECT count(*) FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX
                    + " i USING (" + RunStore.quoted("", spec.strataColumns()) + ")");
        }
        return size;
    }

    /** The respondents in the order of {@code weights}, with a join. */
    private String from(String join) {
        return " FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", spec.strataColumns()) + ")" + join + " ORDER BY " + ORDER;
    }

    /** The staged value of a coded field, as {@code v.value}. */
    private String valueJoin(String field) {
        return " LEFT JOIN " + RunStore.STAGED_VALUES + " v ON v.input_order = r.input_order AND v.field = "
                + spec.fields().indexOf(field) + " AND v.code = r." + quote(field);
    }
}
