package nl.weegschaal.testing.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of an export: a drawn interview, or a planted bad record with the cells that make it
 * bad and the rejects the wave job must give for it. Where it lands (file, line or row) is known
 * once the export is written.
 */
final class Entry {
    /** A reject the wave job must give: its field (with the export's column), value and reason. */
    record Expected(String field, String value, String reason) {
    }

    final Interview interview;
    /** Cells put over the rendered ones (column to value; a null value empties the cell). */
    final Map<String, Object> cells = new LinkedHashMap<>();
    /** What was planted, or null for a drawn record. */
    final String planted;
    final List<Expected> rejects = new ArrayList<>();
    /** For a repeated establishment: the record that comes first and is kept. */
    Entry repeats;
    String source;
    long line;

    Entry(Interview interview, String planted) {
        this.interview = interview;
        this.planted = planted;
    }

    Entry cell(String column, Object value) {
        cells.put(column, value);
        return this;
    }

    Entry reject(String field, String value, String reason) {
        rejects.add(new Expected(field, value, reason));
        return this;
    }
}
