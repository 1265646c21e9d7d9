package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Columns of the {@link RunStore#RESPONSES} view per respondent, for the statistics that need every
 * respondent rather than per-stratum counts (weights calibrated to totals vary within strata). The
 * respondents come in the one order of the {@link RunStore#WEIGHTS} table (export, line), each with
 * the index h of its design stratum; values are text (codes decoded with {@link StagedValues}), the
 * same text shared by every respondent with that value.
 */
public final class RespondentColumns {
    private final int[] stratum;
    private final int[] inputOrder;
    private final long[] line;
    private final Map<Integer, String> sources;
    private final Map<String, @Nullable String[]> values;

    private RespondentColumns(int[] stratum, int[] inputOrder, long[] line, Map<Integer, String> sources,
                              Map<String, @Nullable String[]> values) {
        this.stratum = stratum;
        this.inputOrder = inputOrder;
        this.line = line;
        this.sources = sources;
        this.values = values;
    }

    /** The canonical order of respondents, as SQL over {@code responses r}. */
    static final String ORDER = "r.input_order, r.line";

    /**
     * Reads the columns of every respondent in the design.
     *
     * @param columns strata columns or fields of the spec
     */
    public static RespondentColumns read(RunStore store, WaveSpec spec, StagedValues staged, List<String> columns)
            throws SQLException {
        int n = (int) store.count("SELECT count(*) FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX
                + " i USING (" + RunStore.quoted("", spec.strataColumns()) + ")");
        int[] stratum = new int[n];
        int[] inputOrder = new int[n];
        long[] line = new long[n];
        Map<String, @Nullable String[]> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, new String[n]));
        List<Map<String, String>> shared = new ArrayList<>();
        columns.forEach(c -> shared.add(new HashMap<>()));
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT i.h, r.input_order, r.line" + (columns.isEmpty() ? ""
                     : ", " + RunStore.quoted("r.", columns)) + " FROM " + RunStore.RESPONSES + " r JOIN "
                     + RunStore.DESIGN_INDEX + " i USING (" + RunStore.quoted("", spec.strataColumns())
                     + ") ORDER BY " + ORDER)) {
            for (int i = 0; r.next(); i++) {
                stratum[i] = r.getInt(1);
                inputOrder[i] = r.getInt(2);
                line[i] = r.getLong(3);
                for (int c = 0; c < columns.size(); c++) {
                    String text = staged.text(columns.get(c), r, 4 + c, inputOrder[i]);
                    values.get(columns.get(c))[i] = text == null ? null : shared.get(c).computeIfAbsent(text, t -> t);
                }
            }
        }
        Map<Integer, String> sources = new HashMap<>();
        for (String[] row : store.rows("SELECT DISTINCT input_order, source FROM " + RunStore.RESPONSES)) {
            sources.put(Integer.parseInt(row[0]), row[1]);
        }
        return new RespondentColumns(stratum, inputOrder, line, sources, values);
    }

    public int size() {
        return stratum.length;
    }

    /** Per respondent, the index of its design stratum. */
    public int[] strata() {
        return stratum.clone();
    }

    /** Per respondent, a column's text (null: missing). */
    public @Nullable String[] column(String name) {
        String[] column = values.get(name);
        if (column == null) {
            throw new IllegalArgumentException(name + " was not read");
        }
        return column;
    }

    /** Where respondent i was read: its export and line. */
    public String where(int i) {
        return sources.get(inputOrder[i]) + " line " + line[i];
    }
}
