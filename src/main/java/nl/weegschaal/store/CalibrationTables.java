package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
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

    public CalibrationTables(RunStore store, WaveSpec spec, CalibrationTotals totals) {
        this.store = store;
        this.spec = spec;
        this.totals = totals;
    }

    /**
     * The respondents' model rows, their strata and their auxiliaries' values as text.
     *
     * @param values per auxiliary, per respondent
     */
    public record Inputs(CalibrationModel model, int[] strata, java.util.Map<String, String[]> values) {
    }

    /**
     * Reads every respondent's auxiliaries into the model.
     *
     * @throws FrameException naming the totals' line when an auxiliary is no column of the responses,
     *                        or the respondent whose value cannot be used
     */
    public Inputs inputs(Design design) throws SQLException {
        for (CalibrationTotals.Auxiliary aux : totals.auxiliaries()) {
            if (!spec.strataColumns().contains(aux.variable()) && !spec.fields().contains(aux.variable())) {
                throw new FrameException(totals.file() + " line " + aux.line() + ": " + aux.variable()
                        + " is not a column of the responses (the strata columns and fields are "
                        + String.join(", ", columns()) + ")");
            }
        }
        RespondentValues respondents = new RespondentValues(store, spec);
        java.util.Map<String, String[]> values = new java.util.LinkedHashMap<>();
        for (String variable : totals.variables()) {
            values.put(variable, respondents.texts(variable));
        }
        double population = 0;
        for (StratumWeight s : design.strata()) {
            population += s.population();
        }
        return new Inputs(totals.model(population, List.copyOf(values.values()), respondents::where),
                respondents.strata(), values);
    }

    private List<String> columns() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(spec.strataColumns());
        all.addAll(spec.fields());
        return List.copyOf(all);
    }

    /** Calibrates the design as the settings say and writes the g-weights and the calibration table. */
    public Design calibrate(Design design, CalibrationSettings settings) throws SQLException {
        Inputs inputs = inputs(design);
        Design calibrated = design.calibrated(settings.calibration(), inputs.model(), inputs.strata());
        writeG(calibrated.toTotals().g());
        CalibrationTable.write(store.connection(), totals, inputs, calibrated.toTotals());
        return calibrated;
    }

    /** The calibrated design as {@link #calibrate} stored it, without calibrating again. */
    public Design read(Design design, CalibrationSettings settings) throws SQLException {
        Inputs inputs = inputs(design);
        int[] stratum = inputs.strata();
        double[] g = new double[stratum.length];
        int read = 0;
        for (String[] row : store.rows("SELECT i, g FROM " + RunStore.CALIBRATION_G + " ORDER BY i")) {
            g[Integer.parseInt(row[0])] = Double.parseDouble(row[1]);
            read++;
        }
        if (read != g.length) {
            throw new IllegalStateException("the work store has g-weights for " + read + " respondents, the design "
                    + g.length);
        }
        double[] d = new double[g.length];
        double[] w = new double[g.length];
        int negative = 0;
        for (int i = 0; i < g.length; i++) {
            d[i] = design.stratum(stratum[i]).weight();
            w[i] = d[i] * g[i];
            negative += w[i] < 0 ? 1 : 0;
        }
        GregResult result = new GregResult(g, w, new double[0], 0, Double.NaN, negative);
        return new Design(design.method(), design.lonelyPsu(), design.strataColumns(), design.strata(),
                new Calibration.ToTotals(inputs.model(), stratum, d, result, settings.function(), settings.bounds()));
    }

    private void writeG(double[] g) throws SQLException {
        store.execute("CREATE OR REPLACE TABLE " + RunStore.CALIBRATION_G + " (i INTEGER, g DOUBLE)");
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.CALIBRATION_G)) {
            for (int i = 0; i < g.length; i++) {
                appender.beginRow().append(i).append(g[i]).endRow();
            }
        }
    }
}
