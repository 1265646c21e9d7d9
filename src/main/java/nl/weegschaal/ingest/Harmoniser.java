package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record of one export into the wave's harmonised record: answer codes or Dutch labels
 * become level codes, multiple-response cells become 1/0, values that mean "no answer" become
 * missing, and routing is checked (an answer to a question the respondent was not asked is an
 * error). Every problem of a record becomes a {@link Reject} naming the field, the value and the
 * reason, so that one run tells the analyst everything to fix.
 */
public final class Harmoniser {
    private final InputSpec input;
    private final List<String> fields;
    private final @Nullable AnswerReader[] readers;
    private final @Nullable Level[] options;
    private final Routing routing;
    private int idPosition = -1;
    private int[] positions = new int[0];

    public Harmoniser(WaveSpec spec, InputSpec input) {
        this.input = input;
        this.fields = spec.fields();
        this.readers = new AnswerReader[fields.size()];
        this.options = new Level[fields.size()];
        for (Question q : spec.codebook().values()) {
            AnswerReader reader = new AnswerReader(q, input);
            if (!q.multiple()) {
                readers[fields.indexOf(q.name())] = reader;
                continue;
            }
            for (Level option : q.levels()) {
                int f = fields.indexOf(q.name() + "." + option.code());
                readers[f] = reader;
                options[f] = option;
            }
        }
        this.routing = new Routing(spec, fields);
    }

    /** Finds the export's columns in its header; a mapped column that is missing is an input error. */
    public void bind(String source, List<String> header) {
        idPosition = input.columns().containsKey("id") ? position(source, header, "id") : -1;
        positions = fields.stream().mapToInt(field -> position(source, header, field)).toArray();
    }

    private int position(String source, List<String> header, String field) {
        String column = input.columns().get(field);
        int position = header.indexOf(column);
        if (position < 0) {
            throw new InputFileException(source + ": column '" + column + "' (mapped to " + field
                    + " by input '" + input.name() + "') does not exist; the header has: " + String.join(", ", header));
        }
        return position;
    }

    /** The harmonised record and every problem it has (none when it can be used). */
    public Outcome harmonise(SourceRecord record) {
        List<Reject> rejects = new ArrayList<>(0);
        String id = idPosition < 0 ? null : record.value(idPosition).trim();
        if (idPosition >= 0 && SourceRecord.isMissing(id)) {
            id = null;
            rejects.add(reject(record, null, "id", null, "the respondent id is missing"));
        }
        String[] values = new String[fields.size()];
        boolean[] invalid = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String cell = record.value(positions[f]).trim();
            try {
                values[f] = read(f, cell);
            } catch (AnswerReader.CellProblem problem) {
                invalid[f] = true;
                rejects.add(reject(record, id, fields.get(f), cell, problem.getMessage()));
            }
        }
        for (int f : routing.apply(values, invalid)) {
            rejects.add(reject(record, id, fields.get(f), record.value(positions[f]), routing.problem(f)));
        }
        return new Outcome(new HarmonisedRecord(id, input.mode() == null ? null : input.mode().name(), record.file(),
                record.line(), Arrays.asList(values)), rejects);
    }

    private @Nullable String read(int f, String cell) throws AnswerReader.CellProblem {
        AnswerReader reader = readers[f];
        if (reader == null) {
            return SourceRecord.isMissing(cell) ? null : cell; // a register field, as it is
        }
        if (SourceRecord.isMissing(cell) && !cell.isEmpty()) {
            return AnswerReader.NO_ANSWER; // NA: explicitly not available, also in an option
        }
        Level option = options[f];
        return option == null ? reader.answer(cell) : reader.option(option, cell);
    }

    private Reject reject(SourceRecord record, @Nullable String id, String field, @Nullable String value,
                          String reason) {
        String column = input.columns().getOrDefault(field, field);
        return new Reject(record.file(), record.line(), id, field + " (" + column + ")", value, reason);
    }

    /**
     * A harmonised record and its problems. The record is there even when it has problems (its
     * invalid fields missing), so that later checks (the strata) can add theirs to the same record.
     */
    public record Outcome(HarmonisedRecord record, List<Reject> rejects) {
        public Outcome {
            rejects = List.copyOf(rejects);
        }

        public boolean accepted() {
            return rejects.isEmpty();
        }
    }

    /** Field positions of the harmonised values, for callers that store them. */
    public List<String> fields() {
        return new ArrayList<>(fields);
    }
}
