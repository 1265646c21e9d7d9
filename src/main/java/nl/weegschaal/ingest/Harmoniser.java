package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record of one export into the wave's harmonised record: answer codes or Dutch labels
 * become level codes, multiple-response cells become 1/0, and routing is checked (an answer to a
 * question the respondent was not asked is an error). A record that cannot be harmonised becomes
 * a {@link Reject} naming the field, the value and the reason.
 */
public final class Harmoniser {
    private final InputSpec input;
    private final List<String> fields;
    private final FieldKind[] kinds;
    private final Map<String, Map<String, String>> answers = new HashMap<>();
    private final Routing routing;
    private int idPosition = -1;
    private int[] positions = new int[0];

    public Harmoniser(WaveSpec spec, InputSpec input) {
        this.input = input;
        this.fields = spec.fields();
        this.kinds = new FieldKind[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            Question single = spec.codebook().get(field);
            if (single != null) {
                kinds[f] = FieldKind.ANSWER;
                answers.put(field, lookup(single));
            } else {
                kinds[f] = field.contains(".") ? FieldKind.OPTION : FieldKind.REGISTER;
            }
        }
        this.routing = new Routing(spec, fields);
    }

    /** Finds the export's columns in its header; a mapped column that is missing is an input error. */
    public void bind(String source, List<String> header) {
        idPosition = position(source, header, "id");
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

    /** The harmonised record, or the reject that says why there is none. */
    public Outcome harmonise(SourceRecord record) {
        String id = record.value(idPosition).trim();
        if (SourceRecord.isMissing(id)) {
            return reject(record, null, "id", "", "the respondent id is missing");
        }
        String[] values = new String[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String cell = record.value(positions[f]).trim();
            if (SourceRecord.isMissing(cell)) {
                continue;
            }
            String value = switch (kinds[f]) {
                case REGISTER -> cell;
                case ANSWER -> answer(answers.get(fields.get(f)), cell);
                case OPTION -> input.ticked().contains(cell) ? "1" : input.notTicked().contains(cell) ? "0" : null;
            };
            if (value == null) {
                return reject(record, id, fields.get(f), cell, kinds[f] == FieldKind.OPTION
                        ? "not one of the values for ticked " + input.ticked() + " or not ticked " + input.notTicked()
                        : "not an answer of the codebook for " + fields.get(f));
            }
            values[f] = value;
        }
        String problem = routing.apply(values);
        if (problem != null) {
            int field = routing.lastField();
            return reject(record, id, fields.get(field), record.value(positions[field]), problem);
        }
        return new Outcome(new HarmonisedRecord(id, input.mode().name(), record.file(), record.line(),
                Arrays.asList(values)), null);
    }

    private Outcome reject(SourceRecord record, @Nullable String id, String field, String value, String reason) {
        String column = input.columns().getOrDefault(field, field);
        return new Outcome(null, new Reject(record.file(), record.line(), id, field + " (" + column + ")",
                value, reason));
    }

    /** The level code of an answer cell: as written (the common case), else compared without case and spacing. */
    private static @Nullable String answer(Map<String, String> lookup, String cell) {
        String code = lookup.get(cell);
        return code != null ? code : lookup.get(normalise(cell));
    }

    private Map<String, String> lookup(Question question) {
        Map<String, String> lookup = new HashMap<>();
        for (Level level : question.levels()) {
            String key = input.answers() == InputSpec.Answers.CODES ? level.value() : level.nl();
            key = key == null ? level.code() : key;
            lookup.put(key.strip(), level.code());
            lookup.put(normalise(key), level.code());
        }
        return lookup;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private enum FieldKind { REGISTER, ANSWER, OPTION }

    /** Either a harmonised record or a reject. */
    public record Outcome(@Nullable HarmonisedRecord record, @Nullable Reject reject) {
    }

    /** Field positions of the harmonised values, for callers that store them. */
    public List<String> fields() {
        return new ArrayList<>(fields);
    }
}
