package nl.weegschaal.ingest;

/**
 * One data record of an input file, as text, with where it came from. The fields are kept as the
 * parser's array (not copied) because a million of these pass through a run.
 */
public final class SourceRecord {
    private final String file;
    private final long line;
    private final String[] values;
    private final String unit;

    /**
     * @param file   the file name, for messages
     * @param line   the 1-based line on which the record starts
     * @param values the fields, in header order; the record takes ownership of the array
     */
    public SourceRecord(String file, long line, String[] values) {
        this(file, line, values, "line");
    }

    /**
     * @param unit what {@code line} counts: {@code line} in a text file, {@code row} in a sheet
     */
    public SourceRecord(String file, long line, String[] values, String unit) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.unit = unit;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int size() {
        return values.length;
    }

    public String value(int column) {
        return values[column];
    }

    /** An empty field or {@code NA} is a missing value. */
    public static boolean isMissing(String value) {
        return value.isEmpty() || "NA".equals(value);
    }

    public String location() {
        return file + " " + unit + " " + line;
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
        // messages are one line: line ends, NULs and other control characters inside fields are shown escaped
        for (int i = 0; i < b.length() && i < 400; i++) {
            char c = b.charAt(i);
            if (c < ' ' || c == '\u007f') {
                String escaped = switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                };
                b.replace(i, i + 1, escaped);
                i += escaped.length() - 1;
            }
        }
        return b.length() > 200 ? b.substring(0, 200) + "..." : b.toString();
    }
}
