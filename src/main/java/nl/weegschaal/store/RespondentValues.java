package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
    private int @Nullable [] strata;
    /** What has been read, so that the steps' readers share one pass ({@link #read}). */
    private final Map<String, Levels> levels = new LinkedHashMap<>();
    private final Map<String, double[]> numbers = new LinkedHashMap<>();

    public RespondentValues(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /** Per respondent, the index h of its design stratum. */
    public int[] strata() throws SQLException {
        if (this.strata != null) {
            return this.strata.clone();
        }
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

    /** Per respondent, the number a field holds; NaN where it is missing or no number. */
    public double[] numbers(String field) throws SQLException {
        if (numbers.containsKey(field)) {
            return numbers.get(field);
        }
        double[] values = new double[respondents()];
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT TRY_CAST(" + text(field, "v") + " AS DOUBLE)"
                     + from(coded(field) ? valueJoin(field) : ""))) {
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

    /**
     * A categorical column per respondent: its observed values, sorted as the tallies sort them, and
     * each respondent's index into them (-1: missing).
     */
    public record Levels(List<String> values, int[] index) {
        public Levels {
            values = List.copyOf(values);
        }
    }

    /**
     * Categorical columns (strata columns or coded fields) per respondent, in one pass: DuckDB decodes
     * every value and looks up its index among the column's observed values (sorted here), so that
     * only numbers cross to Java.
     */
    public Map<String, Levels> levels(List<String> columns) throws SQLException {
        List<String> missing = columns.stream().filter(c -> !levels.containsKey(c)).distinct().toList();
        if (!missing.isEmpty()) {
            read(missing, List.of());
        }
        Map<String, Levels> result = new LinkedHashMap<>();
        columns.forEach(c -> result.put(c, levels.get(c)));
        return result;
    }

    /**
     * Reads in one pass every respondent's design stratum, categorical columns (as {@link #levels}) and
     * numbers (as {@link #numbers}), kept for the later calls of this reader.
     */
    public void read(List<String> categorical, List<String> numeric) throws SQLException {
        List<String> columns = List.copyOf(new java.util.LinkedHashSet<>(categorical));
        List<String> fields = List.copyOf(new java.util.LinkedHashSet<>(numeric));
        StringBuilder select = new StringBuilder("SELECT i.h");
        StringBuilder joins = new StringBuilder();
        List<List<String>> observed = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            String text = text(columns.get(k), "v" + k);
            String join = coded(columns.get(k)) ? valueJoin(columns.get(k), "v" + k) : "";
            List<String> values = new ArrayList<>(new TreeSet<>(store.strings("SELECT DISTINCT " + text
                    + from(join).replace(" ORDER BY " + ORDER, " WHERE " + text + " IS NOT NULL"))));
            observed.add(values);
            select.append(", coalesce(l").append(k).append(".idx, -1)");
            joins.append(join).append(" LEFT JOIN (").append(lookup(values)).append(") l").append(k)
                    .append(" ON l").append(k).append(".value = ").append(text);
        }
        for (int f = 0; f < fields.size(); f++) {
            String alias = "n" + f;
            select.append(", TRY_CAST(").append(text(fields.get(f), alias)).append(" AS DOUBLE)");
            joins.append(coded(fields.get(f)) ? valueJoin(fields.get(f), alias) : "");
        }
        int n = respondents();
        int[] h = new int[n];
        int[][] index = new int[columns.size()][n];
        double[][] values = new double[fields.size()][n];
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery(select + from(joins.toString()))) {
            for (int i = 0; r.next(); i++) {
                h[i] = r.getInt(1);
                for (int k = 0; k < columns.size(); k++) {
                    index[k][i] = r.getInt(k + 2);
                }
                for (int f = 0; f < fields.size(); f++) {
                    double x = r.getDouble(columns.size() + 2 + f);
                    values[f][i] = r.wasNull() ? Double.NaN : x;
                }
            }
        }
        strata = h;
        for (int k = 0; k < columns.size(); k++) {
            levels.put(columns.get(k), new Levels(observed.get(k), index[k]));
        }
        for (int f = 0; f < fields.size(); f++) {
            numbers.put(fields.get(f), values[f]);
        }
    }

    /** The values and their positions as an SQL relation {@code (value, idx)}. */
    private static String lookup(List<String> values) {
        if (values.isEmpty()) {
            return "SELECT NULL::VARCHAR AS value, NULL::INTEGER AS idx WHERE false";
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM (VALUES ");
        for (int j = 0; j < values.size(); j++) {
            sql.append(j == 0 ? "" : ", ").append('(').append(RunStore.literal(values.get(j))).append(", ").append(j)
                    .append(')');
        }
        return sql.append(") t(value, idx)").toString();
    }

    private boolean coded(String column) {
        return !spec.strataColumns().contains(column);
    }

    /** A column's text in a query over {@code r}, its staged value joined as {@code alias} when coded. */
    private String text(String column, String alias) {
        return coded(column) ? alias + ".value" : "r." + quote(column);
    }

    /**
     * The first respondent (in the order of the exports) whose field holds text that is no number:
     * where it was read and the text; null when every value is a number or missing.
     */
    public @Nullable String[] firstNonNumber(String field) throws SQLException {
        String text = text(field, "v");
        List<String[]> bad = store.rows("SELECT r.source || ' line ' || r.line, " + text + from(coded(field)
                ? valueJoin(field) : "").replace(" ORDER BY ", " WHERE " + text + " IS NOT NULL AND trim(" + text
                + ") <> '' AND TRY_CAST(" + text + " AS DOUBLE) IS NULL ORDER BY ") + " LIMIT 1");
        return bad.isEmpty() ? null : bad.get(0);
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
        return valueJoin(field, "v");
    }

    private String valueJoin(String field, String alias) {
        return " LEFT JOIN " + RunStore.STAGED_VALUES + " " + alias + " ON " + alias + ".input_order = r.input_order AND "
                + alias + ".field = " + spec.fields().indexOf(field) + " AND " + alias + ".code = r." + quote(field);
    }
}
