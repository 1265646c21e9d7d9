package nl.weegschaal.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The text of a workbook's string cells, read as POI reads it but once per string rather than once
 * per cell: POI's streaming reader makes a rich text object (an XML tree) for every shared-string cell
 * and every inline string, which took most of the time of reading a sheet of 40,000 rows. A shared
 * string is decoded by POI the first time its index is read and kept; an inline string is decoded only
 * when it holds an escape ({@code _x000D_}), the one thing POI's rich text changes in it.
 */
final class XlsxSharedStrings implements SharedStrings {
    private final SharedStrings strings;
    private final Map<Integer, RichTextString> read = new HashMap<>();

    XlsxSharedStrings(SharedStrings strings) {
        this.strings = strings;
    }

    /** An inline string's text as POI gives it: its {@code _xHHHH_} escapes decoded. */
    static String inlineString(String stored) {
        return stored.contains("_x") ? new XSSFRichTextString(stored).getString() : stored;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return read.computeIfAbsent(idx, i -> new Text(strings.getItemAt(i).getString()));
    }

    @Override
    public int getCount() {
        return strings.getCount();
    }

    @Override
    public int getUniqueCount() {
        return strings.getUniqueCount();
    }

    /** A shared string's text, read-only: the sheet reader asks for its text only. */
    private record Text(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("a shared string read from an export is not changed");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("a shared string read from an export is not changed");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("a shared string read from an export is not changed");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("a shared string read from an export is not changed");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("a shared string read from an export is not changed");
        }
    }
}
