package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Per-respondent columns of the weighted respondents, for what needs every respondent's value rather
 * than per-stratum counts: totals, means and ratios of numeric questions, and every statistic of weights
 * calibrated to totals (which vary within strata), with the calibration's auxiliaries. Respondents are
 * in the order of the {@code weights} table: by export, then line ({@link #ORDER}); only those in a
 * design stratum (the inner join with {@link RunStore#DESIGN_INDEX}, as {@code weights} has them). The
 * columns a step needs are read together, in one ordered pass over the responses that carries only
 * integers ({@link RespondentColumns}); codes are decoded by what DuckDB made of each staged value
 * ({@link StagedCodes}).
 */
public final class RespondentValues {
    /** The order of respondents, as SQL over {@code responses r}. */
    static final String ORDER = "r.input_order, r.line";
    private final RunStore store;
    private final WaveSpec spec;
    private int size = -1;
    private @Nullable String[] locations;
    private int @Nullable [] strata;
    private short @Nullable [] inputs;
    private long @Nullable [] lines;
    /** What has been read, so that the steps' readers share one pass ({@link #read}). */
    private final Map<String, Levels> levels = new LinkedHashMap<>();
    private final Map<String, double[]> numbers = new LinkedHashMap<>();
    /** Per coded numeric field read, every respondent's code, for {@link #firstNonNumber}. */
    private final Map<String, int[]> numericCodes = new LinkedHashMap<>();
    private @Nullable StagedCodes staged;

    public RespondentValues(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /**
     * This reader's values, read once, for a later step of the same run with its own connection to
     * the work store (which nothing changes between the steps).
     */
    public RespondentValues in(RunStore other) {
        RespondentValues copy = new RespondentValues(other, spec);
        copy.size = size;
        copy.strata = strata;
        copy.inputs = inputs;
        copy.lines = lines;
        copy.staged = staged;
        copy.levels.putAll(levels);
        copy.numbers.putAll(numbers);
        copy.numericCodes.putAll(numericCodes);
        return copy;
    }

    /** Per respondent, the index h of its design stratum. */
    public int[] strata() throws SQLException {
        readMissing(List.of(), List.of());
        return this.strata.clone();
    }

    /**
     * Per respondent, its export ({@code input_order}) and line: the key by which a table of values per
     * respondent joins the responses.
     */
    public record Keys(short[] inputOrder, long[] line) {
    }

    public Keys keys() throws SQLException {
        readMissing(List.of(), List.of());
        return new Keys(inputs, lines);
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
        readMissing(List.of(), List.of(field));
        return numbers.get(field);
    }

    /**
     * Reads, in one pass (as {@link #read}), those of the categorical columns and numeric fields that
     * have not been read yet, and the strata if they have not; nothing when all have been.
     */
    public void readMissing(List<String> categorical, List<String> numeric) throws SQLException {
        List<String> columns = categorical.stream().filter(c -> !levels.containsKey(c)).distinct().toList();
        List<String> fields = numeric.stream().filter(f -> !numbers.containsKey(f)).distinct().toList();
        if (!columns.isEmpty() || !fields.isEmpty() || strata == null) {
            read(columns, fields);
        }
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
     * Categorical columns (strata columns or coded fields) per respondent, in one pass (as {@link #read}).
     */
    public Map<String, Levels> levels(List<String> columns) throws SQLException {
        readMissing(columns, List.of());
        Map<String, Levels> result = new LinkedHashMap<>();
        columns.forEach(c -> result.put(c, levels.get(c)));
        return result;
    }

    /**
     * Reads in one ordered pass every respondent's design stratum, categorical columns (as
     * {@link Levels}) and numbers (NaN: missing or no number), kept for the later calls of this reader.
     * Only integers cross to Java: a coded field's code, decoded here with its export's
     * {@link StagedCodes}, and a strata column's position among its values, which the design's index
     * of strata lists (every stratum there has respondents).
     */
    public void read(List<String> categorical, List<String> numeric) throws SQLException {
        List<String> columns = List.copyOf(new java.util.LinkedHashSet<>(categorical));
        List<String> fields = List.copyOf(new java.util.LinkedHashSet<>(numeric));
        if (staged == null && (columns.stream().anyMatch(this::coded) || fields.stream().anyMatch(this::coded))) {
            staged = StagedCodes.read(store);
        }
        List<String> ints = new ArrayList<>(List.of("i.h", "r.input_order", "r.line"));
        List<Long> bounds = new ArrayList<>(List.of(store.count("SELECT coalesce(max(h), -1) + 1 FROM "
                + RunStore.DESIGN_INDEX), (long) spec.inputs().size(), store.count("SELECT coalesce(max(line), -1) + 1 "
                + "FROM " + RunStore.STAGED_RESPONSES)));
        List<List<String>> strataValues = new ArrayList<>();
        for (String column : columns) {
            List<String> values = coded(column) ? List.of() : List.copyOf(new TreeSet<>(store.strings("SELECT DISTINCT "
                    + quote(column) + " FROM " + RunStore.DESIGN_INDEX + " WHERE " + quote(column) + " IS NOT NULL")));
            strataValues.add(values);
            long bound = coded(column) ? codes(column) : values.size();
            ints.add(coded(column) ? code(column, bound) : position(column, values));
            bounds.add(bound);
        }
        StringBuilder doubles = new StringBuilder();
        for (String field : fields) {
            if (coded(field)) {
                long bound = codes(field);
                ints.add(code(field, bound));
                bounds.add(bound);
            } else {
                doubles.append(", TRY_CAST(r.").append(quote(field)).append(" AS DOUBLE)");
            }
        }
        PackedInts packed = new PackedInts(ints, bounds.stream().mapToLong(Long::longValue).toArray());
        RespondentColumns read = new RespondentColumns(respondents(), columns.size(), fields.size());
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT " + packed.selectSql() + doubles + from(""))) {
            read.fill(r, packed, fields.stream().map(this::coded).toList());
        }
        strata = read.strata;
        inputs = read.input;
        lines = read.line;
        // each column decoded on its own, side by side: a pass over every respondent per column
        Levels[] decoded = new Levels[columns.size()];
        double[][] decodedNumbers = new double[fields.size()][];
        IntStream.range(0, columns.size() + fields.size()).parallel().forEach(c -> {
            if (c < columns.size()) {
                decoded[c] = levels(read, c, columns.get(c), strataValues.get(c));
            } else {
                decodedNumbers[c - columns.size()] = numbers(read, c - columns.size(), fields.get(c - columns.size()));
            }
        });
        for (int k = 0; k < columns.size(); k++) {
            levels.put(columns.get(k), decoded[k]);
        }
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            numbers.put(field, decodedNumbers[f]);
            if (coded(field)) {
                numericCodes.put(field, read.numericCodes[f]);
            }
        }
    }

    /** Categorical column k of a read: a coded field's observed values, or a strata column's. */
    private Levels levels(RespondentColumns read, int k, String column, List<String> strataValues) {
        return coded(column) ? read.levels(k, staged, spec.fields().indexOf(column))
                : new Levels(strataValues, read.codes[k]);
    }

    /** Numeric field f of a read: a coded field's numbers, or a strata column's as read. */
    private double[] numbers(RespondentColumns read, int f, String field) {
        return coded(field) ? read.numbers(f, staged, spec.fields().indexOf(field)) : read.values[f];
    }

    /**
     * A coded field's code, -1 where it is missing (so that no JDBC call asks whether it was null) or
     * where no export gave the code a value (which every reader of the codes takes for missing).
     */
    private static String code(String field, long codes) {
        return "CASE WHEN r." + quote(field) + " < " + codes + " THEN r." + quote(field) + " ELSE -1 END";
    }

    /** The number of codes a coded field has in the export that has the most. */
    private long codes(String field) {
        int index = spec.fields().indexOf(field);
        long most = 0;
        for (int input = 0; input < spec.inputs().size(); input++) {
            most = Math.max(most, Objects.requireNonNull(staged).of(input, index).size());
        }
        return most;
    }

    /** A strata column's position among its (sorted) values, -1 where it is missing. */
    private static String position(String column, List<String> values) {
        if (values.isEmpty()) {
            return "-1";
        }
        StringBuilder list = new StringBuilder("coalesce(list_position([");
        for (int j = 0; j < values.size(); j++) {
            list.append(j == 0 ? "" : ", ").append(RunStore.literal(values.get(j)));
        }
        return list.append("], r.").append(quote(column)).append(") - 1, -1)").toString();
    }

    private boolean coded(String column) {
        return !spec.strataColumns().contains(column);
    }

    /**
     * The first respondent (in the order of the exports) whose field holds text that is no number:
     * where it was read and the text; null when every value is a number or missing.
     */
    public @Nullable String[] firstNonNumber(String field) throws SQLException {
        if (!coded(field)) {
            String text = "r." + quote(field);
            List<String[]> bad = store.rows("SELECT r.source || ' line ' || r.line, " + text + from("").replace(
                    " ORDER BY ", " WHERE " + text + " IS NOT NULL AND trim(" + text + ") <> '' AND TRY_CAST(" + text
                            + " AS DOUBLE) IS NULL ORDER BY ") + " LIMIT 1");
            return bad.isEmpty() ? null : bad.get(0);
        }
        numbers(field);
        String[] bad = RespondentColumns.firstNonNumber(numericCodes.get(field), inputs, staged,
                spec.fields().indexOf(field));
        return bad == null ? null : new String[] {where(Integer.parseInt(bad[0])), bad[1]};
    }

    /**
     * The number of respondents: those of the design's strata ({@link RunStore#DESIGN_STRATA} counts
     * them), which the read checks.
     */
    public int respondents() throws SQLException {
        if (size < 0) {
            size = (int) store.count("SELECT coalesce(sum(respondents), 0) FROM " + RunStore.DESIGN_STRATA);
        }
        return size;
    }
    /** The respondents in the order of {@code weights}, with a join. */
    private String from(String join) {
        return " FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", spec.strataColumns()) + ")" + join + " ORDER BY " + ORDER;
    }

}
