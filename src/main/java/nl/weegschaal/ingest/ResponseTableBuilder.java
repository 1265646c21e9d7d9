package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.FrameException;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.weighting.StratumKey;
import org.jspecify.annotations.Nullable;

/**
 * Collects response records into a {@link ResponseTable}, one record at a time, checking each
 * against the frame: the stratum must be complete and in the frame, and ids must be unique.
 * Surrounding spaces of a value are ignored, as in the wave job: {@code " A2"} and {@code "A2"} are
 * the same respondent, {@code "ja "} and {@code "ja"} the same answer.
 */
public final class ResponseTableBuilder {
    private final ResponseSchema schema;
    private final PopulationFrame frame;
    private final StratumIndex frameIndex;
    private final List<StratumKey> frameStrata;
    private final IdIndex ids = new IdIndex();
    /** The records whose id was written with surrounding spaces, for the message about a duplicate. */
    private final BitSet spacedIds = new BitSet();
    private long[] lines = new long[1024];
    private final Map<String, CategoricalColumnBuilder> columns = new LinkedHashMap<>();
    private int[] strataPositions = new int[0];
    private int idPosition = -1;
    private int[] columnPositions = new int[0];
    private int[] stratumOf = new int[1024];
    private int size;

    public ResponseTableBuilder(ResponseSchema schema, PopulationFrame frame) {
        this.schema = schema;
        this.frame = frame;
        this.frameStrata = List.copyOf(frame.counts().keySet());
        this.frameIndex = new StratumIndex(frameStrata, schema.strataColumns().size());
        for (String name : schema.categoricalColumns()) {
            columns.put(name, new CategoricalColumnBuilder(name));
        }
    }

    /** Resolves column positions against the header of the file the records come from. */
    public void bind(List<String> header) {
        strataPositions = schema.strataColumns().stream().mapToInt(header::indexOf).toArray();
        idPosition = schema.idColumn() == null ? -1 : header.indexOf(schema.idColumn());
        columnPositions = columns.keySet().stream().mapToInt(header::indexOf).toArray();
    }

    public int size() {
        return size;
    }

    public void add(SourceRecord record) {
        int stratum = stratumOf(record);
        if (idPosition >= 0) {
            addId(record);
        }
        if (size == stratumOf.length) {
            stratumOf = Arrays.copyOf(stratumOf, stratumOf.length * 2);
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[size] = record.line();
        stratumOf[size++] = stratum;
        int c = 0;
        for (CategoricalColumnBuilder column : columns.values()) {
            column.add(record.value(columnPositions[c++]).trim());
        }
    }

    private int stratumOf(SourceRecord record) {
        int index = frameIndex.find(record, strataPositions);
        if (index >= 0) {
            return index;
        }
        String[] values = new String[strataPositions.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = record.value(strataPositions[k]).trim();
            if (SourceRecord.isMissing(values[k])) {
                throw new RecordException(record, "the stratum column '" + schema.strataColumns().get(k)
                        + "' is missing, so the respondent cannot be weighted");
            }
        }
        StratumKey key = StratumKey.of(values);
        throw new FrameException(record.location() + ": stratum " + key + " (" + describe(key)
                + ") is not in the frame " + frame.source().getFileName());
    }

    private String describe(StratumKey key) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < key.values().size(); k++) {
            b.append(k == 0 ? "" : ", ").append(schema.strataColumns().get(k)).append('=').append(key.values().get(k));
        }
        return b.toString();
    }

    private void addId(SourceRecord record) {
        String written = record.value(idPosition);
        String id = written.trim();
        if (SourceRecord.isMissing(id)) {
            throw new RecordException(record, "the id column '" + schema.idColumn() + "' is empty");
        }
        int first = ids.add(id);
        if (first >= 0) {
            boolean spaced = !written.equals(id) || spacedIds.get(first);
            throw new RecordException(record, "respondent id '" + id + "' is duplicated; it was first seen on line "
                    + lines[first] + (spaced ? " (ids are compared without surrounding spaces)" : ""));
        }
        spacedIds.set(size, !written.equals(id)); // ids are added one per record, so the id's index is the record's
    }

    /** The table, with frame strata without respondents dropped and stratum indices renumbered. */
    public ResponseTable build() {
        int[] counts = new int[frameStrata.size()];
        for (int i = 0; i < size; i++) {
            counts[stratumOf[i]]++;
        }
        int[] renumber = new int[counts.length];
        List<StratumKey> kept = new ArrayList<>();
        List<StratumKey> dropped = new ArrayList<>();
        List<Integer> respondents = new ArrayList<>();
        for (int h = 0; h < counts.length; h++) {
            if (counts[h] == 0) {
                dropped.add(frameStrata.get(h));
                renumber[h] = -1;
            } else {
                renumber[h] = kept.size();
                kept.add(frameStrata.get(h));
                respondents.add(counts[h]);
            }
        }
        int[] strata = Arrays.copyOf(stratumOf, size);
        for (int i = 0; i < size; i++) {
            strata[i] = renumber[strata[i]];
        }
        Map<String, CategoricalColumn> built = new LinkedHashMap<>();
        columns.forEach((name, builder) -> built.put(name, builder.build()));
        @Nullable List<String> idList = schema.idColumn() == null ? null : Collections.unmodifiableList(ids.ids());
        return new ResponseTable(kept, respondents.stream().mapToInt(Integer::intValue).toArray(), strata, idList,
                built, dropped);
    }
}
