package nl.weegschaal.job.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.ingest.ResponseTableBuilder;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.SampleStrata;
import nl.weegschaal.weighting.Weighting;
import org.duckdb.DuckDBConnection;

/**
 * What the weighing and estimating steps of a wave share: the frame, the harmonised responses read
 * back from the work store into the engine's columnar table, the design, and the estimation
 * targets of the codebook. Weighing is deterministic, so each step forms the same design again.
 */
final class WaveData {
    private WaveData() {
    }

    static PopulationFrame frame(WaveSpec spec) {
        return FrameReader.read(spec.frame(), spec.strataColumns(), spec.frameCount());
    }

    /** The engine's view of the responses: strata, every single-choice variable and option column. */
    static ResponseSchema schema(WaveSpec spec) {
        List<String> variables = new ArrayList<>();
        for (Question q : spec.codebook().values()) {
            if (q.multiple()) {
                q.levels().forEach(option -> variables.add(q.name() + "." + option.code()));
            } else {
                variables.add(q.name());
            }
        }
        return new ResponseSchema("id", spec.strataColumns(), variables, spec.domains());
    }

    static ResponseTable read(DuckDBConnection connection, ResponseSchema schema, PopulationFrame frame)
            throws SQLException {
        List<String> columns = schema.requiredColumns();
        ResponseTableBuilder builder = new ResponseTableBuilder(schema, frame);
        builder.bind(columns);
        String select = columns.stream().map(StagingStore::quote).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source, line, " + select + " FROM "
                     + DeriveStrataTasklet.RESPONSES + " ORDER BY rowid")) {
            while (rows.next()) {
                String[] values = new String[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    String value = rows.getString(c + 3);
                    values[c] = value == null ? "" : value;
                }
                builder.add(new SourceRecord(rows.getString(1), rows.getLong(2), values));
            }
        }
        return builder.build();
    }

    static Design weigh(WaveSpec spec, ResponseTable table, PopulationFrame frame) {
        return Weighting.of(spec.method(), spec.lonelyPsu()).weigh(spec.strataColumns(), SampleStrata.of(table, frame));
    }

    /** One target per codebook question, with its derived levels or its options. */
    static List<EstimationTarget> targets(WaveSpec spec) {
        List<EstimationTarget> targets = new ArrayList<>();
        for (Question q : spec.codebook().values()) {
            if (q.multiple()) {
                Map<String, String> options = new LinkedHashMap<>();
                for (Level option : q.levels()) {
                    options.put(option.code(), q.name() + "." + option.code());
                }
                targets.add(new EstimationTarget.Multiple(q.name(), options));
            } else {
                Map<String, List<String>> derived = new LinkedHashMap<>();
                for (DerivedLevel level : q.derived()) {
                    derived.put(level.code(), level.of());
                }
                targets.add(new EstimationTarget.Single(q.name(), derived));
            }
        }
        return targets;
    }
}
