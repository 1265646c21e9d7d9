package nl.weegschaal.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.ingest.HarmonisedRecord;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.Reject;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The staging of one input in the work store: its records, their field values coded
 * ({@link ValueCodes}), and their problems, appended a chunk at a time; the input's name, source and
 * mode once, with its first records.
 */
public final class InputStaging {
    private final RunStore store;
    private final String input;
    private final int order;
    private final ValueCodes codes;
    private long records;

    InputStaging(RunStore store, String input, int order, int fields) {
        this.store = store;
        this.input = input;
        this.order = order;
        this.codes = new ValueCodes(fields);
    }

    /** Stages harmonised records and their problems. */
    public void append(List<Harmoniser.Outcome> outcomes) throws SQLException {
        if (records == 0 && !outcomes.isEmpty()) {
            HarmonisedRecord first = outcomes.get(0).record();
            try (PreparedStatement insert = store.connection().prepareStatement("INSERT INTO " + RunStore.STAGED_INPUTS
                    + " VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, order);
                insert.setString(2, input);
                insert.setString(3, first.source());
                insert.setString(4, first.mode());
                insert.executeUpdate();
            }
        }
        appendRecords(outcomes);
        codes.stage(store.connection(), order);
        appendRejects(store, input, order, outcomes);
    }

    private void appendRecords(List<Harmoniser.Outcome> outcomes) throws SQLException {
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.STAGED_RESPONSES)) {
            for (Harmoniser.Outcome outcome : outcomes) {
                HarmonisedRecord r = outcome.record();
                appender.beginRow().append((short) order).append(r.line()).append(++records);
                RunStore.nullable(appender, r.id());
                appender.append(!outcome.accepted());
                List<String> values = r.values();
                for (int f = 0; f < values.size(); f++) {
                    String value = values.get(f);
                    if (value == null) {
                        appender.appendNull();
                    } else {
                        appender.append(codes.code(f, value));
                    }
                }
                appender.endRow();
            }
        }
    }


    /** Appends the problems of harmonised records of input {@code input} ({@code order}), numbered within each record. */
    static void appendRejects(RunStore store, String input, int order, List<Harmoniser.Outcome> outcomes)
            throws SQLException {
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, RunStore.STAGED_REJECTS)) {
            for (Harmoniser.Outcome outcome : outcomes) {
                for (int problem = 0; problem < outcome.rejects().size(); problem++) {
                    Reject reject = outcome.rejects().get(problem);
                    appender.beginRow().append(input).append(order).append(reject.source()).append(reject.line())
                            .append(problem);
                    RunStore.nullable(appender, reject.respondentId());
                    appender.append(reject.field());
                    RunStore.nullable(appender, reject.value());
                    appender.append(reject.reason()).endRow();
                }
            }
        }
    }
}
