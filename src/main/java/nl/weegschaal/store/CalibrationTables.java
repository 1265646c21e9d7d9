package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.frame.FrameException;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.GregResult;
import nl.weegschaal.weighting.StratumWeight;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A design calibrated to totals in the work store: the respondents' auxiliaries read into the
 * calibration model, every respondent's g-weight ({@link RunStore#CALIBRATION_G}, by its place in the
 * order of {@link RespondentValues}) and the {@link RunStore#CALIBRATION} table of every
 * auxiliary total: population, Horvitz-Thompson estimate before, calibrated estimate after, relative
 * miss. Later steps rebuild the calibrated design from here rather than calibrate again.
 */
public final class CalibrationTables {
    private final RunStore store;
    private final WaveSpec spec;
    private final CalibrationTotals totals;
    private final RespondentValues respondents;

    /** @param respondents the step's reader of respondents' values, shared with its other readers */
    public CalibrationTables(RunStore store, WaveSpec spec, CalibrationTotals totals, RespondentValues respondents) {
        this.store = store;
        this.spec = spec;
        this.totals = totals;
        this.respondents = respondents;
    }

    /** The auxiliaries the model reads: categorical ones as levels, numeric ones as numbers. */
    public static List<String> categorical(CalibrationTotals totals) {
        return totals.auxiliaries().stream().filter(a -> !a.numeric()).map(CalibrationTotals.Auxiliary::variable)
                .toList();
    }

    public static List<String> numeric(CalibrationTotals totals) {
        return totals.auxiliaries().stream().filter(CalibrationTotals.Auxiliary::numeric)
                .map(CalibrationTotals.Auxiliary::variable).toList();
    }

    /**
     * The respondents' model rows, their strata and every auxiliary's values.
     *
     * @param values per auxiliary, every respondent's value
     */
    public record Inputs(CalibrationModel model, int[] strata, Map<String, CalibrationTotals.Values> values) {
    }

    /**
     * Reads every respondent's auxiliaries into the model.
     *
     * @throws FrameException naming the totals' line when an auxiliary is no column of the responses,
     *                        or the respondent whose value cannot be used
     */
    public Inputs inputs(Design design) throws SQLException {
        return inputs(design, false);
    }

    /** @param check whether to look for numeric auxiliaries that are no number (once, when calibrating) */
    private Inputs inputs(Design design, boolean check) throws SQLException {
        for (CalibrationTotals.Auxiliary aux : totals.auxiliaries()) {
            if (!spec.strataColumns().contains(aux.variable()) && !spec.fields().contains(aux.variable())) {
                throw new FrameException(totals.file() + " line " + aux.line() + ": " + aux.variable()
                        + " is not a column of the responses (the strata columns and fields are "
                        + String.join(", ", columns()) + ")");
            }
        }
        Map<String, RespondentValues.Levels> levels = respondents.levels(categorical(totals));
        Map<String, CalibrationTotals.Values> values = new LinkedHashMap<>();
        for (CalibrationTotals.Auxiliary aux : totals.auxiliaries()) {
            if (aux.numeric()) {
                if (check) {
                    checkNumbers(aux);
                }
                values.put(aux.variable(), CalibrationTotals.Values.numeric(respondents.numbers(aux.variable())));
            } else {
                RespondentValues.Levels l = levels.get(aux.variable());
                values.put(aux.variable(), CalibrationTotals.Values.categorical(l.values(), l.index()));
            }
        }
        double population = 0;
        for (StratumWeight s : design.strata()) {
            population += s.population();
        }
        return new Inputs(totals.model(population, List.copyOf(values.values()), respondents::where),
                respondents.strata(), values);
    }

    /** A numeric auxiliary's value that is no number: an error naming the first respondent with one. */
    private void checkNumbers(CalibrationTotals.Auxiliary aux) throws SQLException {
        String[] bad = respondents.firstNonNumber(aux.variable());
        if (bad != null) {
            throw new FrameException(bad[0] + ": the calibration auxiliary " + aux.variable() + " is '"
                    + bad[1] + "', which is not a number (its population total is "
                    + nl.weegschaal.weighting.Numbers.format(aux.total()) + ")");
        }
    }

    private List<String> columns() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(spec.strataColumns());
        all.addAll(spec.fields());
        return List.copyOf(all);
    }

    /** A design calibrated by {@link #calibrate}, with the inputs it was calibrated from, to {@link #write}. */
    public record Calibrated(Design design, Inputs inputs) {
    }

    /** Calibrates the design as the settings say. */
    public Calibrated calibrate(Design design, CalibrationSettings settings) throws SQLException {
        Inputs inputs = inputs(design, true);
        return new Calibrated(design.calibrated(settings.calibration(), inputs.model(), inputs.strata()), inputs);
    }

    /** Writes a calibration's g-weights and its calibration table, from which {@link #read} rebuilds it. */
    public void write(Calibrated calibrated) throws SQLException {
        writeG(calibrated.design().toTotals().g());
        CalibrationTable.write(store.connection(), totals, calibrated.inputs(), calibrated.design().toTotals());
    }

    /** The calibrated design as {@link #calibrate} stored it, without calibrating again. */
    public Design read(Design design, CalibrationSettings settings) throws SQLException {
        Inputs inputs = inputs(design);
        int[] stratum = inputs.strata();
        double[] g = new double[stratum.length];
        int read = 0;
        try (java.sql.Statement s = store.connection().createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT i, g FROM " + RunStore.CALIBRATION_G)) {
            while (r.next()) {
                g[r.getInt(1)] = r.getDouble(2);
                read++;
            }
        }
        if (read != g.length) {
            throw new IllegalStateException("the work store has g-weights for " + read + " respondents, the design "
                    + g.length);
        }
        double[] d = design.designWeights(stratum);
        double[] w = new double[g.length];
        int negative = 0;
        for (int i = 0; i < g.length; i++) {
            w[i] = d[i] * g[i];
            negative += w[i] < 0 ? 1 : 0;
        }
        GregResult result = new GregResult(g, w, new double[0], 0, Double.NaN, negative);
        return new Design(design.method(), design.lonelyPsu(), design.strataColumns(), design.strata(),
                new Calibration.ToTotals(inputs.model(), stratum, d, result, settings.function(), settings.bounds()));
    }

    /**
     * Every respondent's g-weight with its place i and its key (export, line). The columns cross to
     * DuckDB as one row of three lists, unnested there: appending a million rows a chunk at a time
     * costs many times more.
     */
    private void writeG(double[] g) throws SQLException {
        RespondentValues.Keys keys = respondents.keys();
        String lists = "calibration_g_lists";
        store.execute("CREATE OR REPLACE TABLE " + lists + " (input_order SMALLINT[], line BIGINT[], g DOUBLE[])");
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, lists)) {
            appender.beginRow().append(keys.inputOrder()).append(keys.line()).append(g).endRow();
        }
        store.execute("CREATE OR REPLACE TABLE " + RunStore.CALIBRATION_G + " AS SELECT unnest(input_order) AS "
                + "input_order, unnest(line) AS line, (generate_subscripts(g, 1) - 1)::INTEGER AS i, unnest(g) AS g "
                + "FROM " + lists);
        store.execute("DROP TABLE " + lists);
    }
}
