package nl.weegschaal.ingest;

import java.util.List;

/**
 * One data record of a CSV file, as text, with where it came from.
 *
 * @param file   the file name, for messages
 * @param line   the 1-based line on which the record starts
 * @param values the fields, in header order
 */
public record SourceRecord(String file, long line, List<String> values) {
    public SourceRecord {
        values = List.copyOf(values);
    }

    public String value(int column) {
        return values.get(column);
    }

    /** An empty field or {@code NA} is a missing value. */
    public static boolean isMissing(String value) {
        return value.isEmpty() || "NA".equals(value);
    }

    public String location() {
        return file + " line " + line;
    }

    /** The record as it would appear in the file, for messages. */
    public String raw() {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(v.indexOf(',') >= 0 || v.indexOf('"') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return b.length() > 200 ? b.substring(0, 200) + "..." : b.toString();
    }
}
