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
    /** The reason of a record without its id. */
    public static final String MISSING_ID = "the respondent id is missing";

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
                int f = fields.indexOf(q.optionField(option));
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
            rejects.add(reject(record, null, "id", null, MISSING_ID));
        }
        String[] values = new String[fields.size()];
        boolean[] invalid = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String cell = record.value(positions[f]).trim();
            Cell read = cell(f, cell);
            values[f] = read.value();
            if (read.problem() != null) {
                invalid[f] = true;
                rejects.add(reject(record, id, fields.get(f), cell, read.problem()));
            }
        }
        for (int f : route(values, invalid)) {
            rejects.add(reject(record, id, fields.get(f), record.value(positions[f]), routingProblem(f)));
        }
        return new Outcome(new HarmonisedRecord(id, mode(), record.file(), record.line(), Arrays.asList(values)),
                rejects);
    }

    /**
     * What one cell of a field says, its surrounding spaces removed: the harmonised value (null: no
     * answer) or why it cannot be read. A record's cells are read independently of each other, so a
     * reader of a whole export can read each distinct cell once.
     */
    public Cell cell(int field, String cell) {
        try {
            return new Cell(read(field, cell), null);
        } catch (AnswerReader.CellProblem problem) {
            return new Cell(null, problem.getMessage());
        }
    }

    /**
     * Applies the codebook's routing to a record's harmonised values in place ({@link Routing}); the
     * only step that looks at several cells of a record together.
     *
     * @param invalid the fields whose cell could not be read
     * @return the fields answered by someone who was not asked, each to be rejected for {@link #routingProblem}
     */
    public int[] route(@Nullable String[] values, boolean[] invalid) {
        return routing.apply(values, invalid);
    }

    /** Why a field {@link #route} returned is a problem. */
    public String routingProblem(int field) {
        return routing.problem(field);
    }

    /** The fields routing reads or changes; routing looks at no other (empty when nothing is routed). */
    public java.util.BitSet routedFields() {
        return routing.fields();
    }

    /** The export column of a field (or of {@code id}). */
    public String column(String field) {
        return input.columns().get(field);
    }

    /** The field as a reject names it: with the export's own column, {@code sbi (SBI2008)}. */
    public String rejectField(String field) {
        return field + " (" + input.columns().getOrDefault(field, field) + ")";
    }

    /** The collection mode of the export, null when the run does not say ({@code weigh}). */
    public @Nullable String mode() {
        return input.mode() == null ? null : input.mode().name();
    }

    /** Whether the export has an id column. */
    public boolean hasId() {
        return input.columns().containsKey("id");
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
        return new Reject(record.file(), record.line(), id, rejectField(field), value, reason);
    }

    /** A cell read: its harmonised value (null: no answer), or the problem that makes it unreadable. */
    public record Cell(@Nullable String value, @Nullable String problem) {
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
