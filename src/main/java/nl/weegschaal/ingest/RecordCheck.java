package nl.weegschaal.ingest;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import nl.weegschaal.weighting.StratumKey;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a run that stops at the first record it cannot use ({@code weigh}), made as the
 * records stream in: the stratum must be complete and in the frame, and the id (when the run has
 * one) present and not seen before. Surrounding spaces are ignored, as in the wave job:
 * {@code " A2"} and {@code "A2"} are the same respondent.
 */
public final class RecordCheck {
    private final List<String> strataColumns;
    private final List<StratumKey> frameStrata;
    private final String frameName;
    private final @Nullable String idColumn;
    private final StratumIndex frameIndex;
    private final IdIndex ids = new IdIndex();
    /** The records whose id was written with surrounding spaces, for the message about a duplicate. */
    private final BitSet spacedIds = new BitSet();
    private long[] lines = new long[1024];
    private int[] strataPositions = new int[0];
    private int idPosition = -1;
    private int size;

    /**
     * @param frameStrata the frame's strata, in the order of {@code strataColumns}
     * @param frameName   the frame's file name, for messages
     * @param idColumn    the id column, or null when respondents have no id
     */
    public RecordCheck(List<String> strataColumns, List<StratumKey> frameStrata, String frameName,
                       @Nullable String idColumn) {
        this.strataColumns = List.copyOf(strataColumns);
        this.frameStrata = List.copyOf(frameStrata);
        this.frameName = frameName;
        this.idColumn = idColumn;
        this.frameIndex = new StratumIndex(this.frameStrata, strataColumns.size());
    }

    /** Resolves the columns against the header of the file the records come from. */
    public void bind(List<String> header) {
        strataPositions = strataColumns.stream().mapToInt(header::indexOf).toArray();
        idPosition = idColumn == null ? -1 : header.indexOf(idColumn);
    }

    /**
     * @throws RecordException when a stratum value or the id is missing, or the id was seen before
     * @throws InputFileException when the stratum is not in the frame
     */
    public void check(SourceRecord record) {
        if (frameIndex.find(record, strataPositions) < 0) {
            throw notInFrame(record);
        }
        if (idPosition >= 0) {
            checkId(record);
        }
    }

    private RuntimeException notInFrame(SourceRecord record) {
        String[] values = new String[strataPositions.length];
        StringBuilder described = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            values[k] = record.value(strataPositions[k]).trim();
            if (SourceRecord.isMissing(values[k])) {
                return new RecordException(record, "the stratum column '" + strataColumns.get(k)
                        + "' is missing, so the respondent cannot be weighted");
            }
            described.append(k == 0 ? "" : ", ").append(strataColumns.get(k)).append('=').append(values[k]);
        }
        return new InputFileException(record.location() + ": stratum " + StratumKey.of(values) + " (" + described
                + ") is not in the frame " + frameName);
    }

    private void checkId(SourceRecord record) {
        String written = record.value(idPosition);
        String id = written.trim();
        if (SourceRecord.isMissing(id)) {
            throw new RecordException(record, "the id column '" + idColumn + "' is empty");
        }
        int first = ids.add(id);
        if (first >= 0) {
            boolean spaced = !written.equals(id) || spacedIds.get(first);
            throw new RecordException(record, "respondent id '" + id + "' is duplicated; it was first seen on line "
                    + lines[first] + (spaced ? " (ids are compared without surrounding spaces)" : ""));
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        spacedIds.set(size, !written.equals(id));
        lines[size++] = record.line(); // ids are added one per record, so the id's index is the record's
    }
}
