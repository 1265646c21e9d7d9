package nl.weegschaal.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * The text of each cell of a sheet's XML, read from the elements and text the {@link XlsxSheetParser}
 * pulls, exactly as POI's {@code XSSFSheetXMLHandler} (5.5) reads it for results rather than formulas,
 * rule for rule, without its SAX detour: that handler wants every element's attributes copied into a
 * SAX attribute list and compares each element's name with a dozen others, which was half of the time of
 * reading a sheet (40,000 rows of 26 cells: 2.8 s). The rules:
 * <ul>
 * <li>only elements of the SpreadsheetML namespace count ({@link XlsxSheetParser} sees to it);</li>
 * <li>a cell's text is the text of its {@code v}, or of its inline string's {@code is} (its runs'
 * {@code t} together); a cell with neither has no text;</li>
 * <li>by the cell's type {@code t}: {@code s} the shared string of that index, {@code inlineStr} the
 * inline text ({@link XlsxSharedStrings#inlineString}), {@code b} TRUE or FALSE, {@code e} the error's
 * code, {@code str} the text as it is; any other type is a number, as is a formula's result of no type:
 * formatted with its style's number format ({@link XlsxCellText}) when it reads as a number, else as it is.</li>
 * </ul>
 */
final class XlsxCellReader {
    /** SpreadsheetML's namespace, the one POI reads a sheet's elements in. */
    static final String SPREADSHEET_ML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** What a cell's text is, by its type attribute. */
    private enum Type { NUMBER, TEXT, BOOLEAN, ERROR, INLINE_STRING, SHARED_STRING }

    private final @Nullable StylesTable styles;
    private final XlsxSharedStrings strings;
    private final XlsxCellText formatter;
    /** Per style index, its number format; empty for an unknown style or one without a format string. */
    private final Map<Integer, Optional<XlsxCellText.NumberFormat>> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private boolean textOpen;
    private boolean inlineOpen;
    private Type type = Type.NUMBER;
    private Optional<XlsxCellText.NumberFormat> format = Optional.empty();
    private @Nullable String reference;

    XlsxCellReader(@Nullable StylesTable styles, XlsxSharedStrings strings, XlsxCellText formatter) {
        this.styles = styles;
        this.strings = strings;
        this.formatter = formatter;
    }

    /** Whether text read now is part of a cell's text. */
    boolean textOpen() {
        return textOpen;
    }

    /** Text of the element open now. */
    void text(char[] characters, int start, int length) {
        value.append(characters, start, length);
    }

    /**
     * An element other than a cell's {@code c} starts: {@code v}, {@code is} and {@code t} hold a cell's text.
     * (POI marks a number cell with a formula {@code f} as a formula, which it then reads as it reads a number.)
     */
    void start(String name) {
        if (textTag(name)) {
            textOpen = true;
            if (!inlineOpen) {
                value.setLength(0);
            }
        } else if ("is".equals(name)) {
            inlineOpen = true;
        }
    }

    /** A cell {@code c} starts, with its reference, type and style attributes (null: not given). */
    void startCell(@Nullable String cellReference, @Nullable String cellType, @Nullable String style) {
        reference = cellReference;
        type = type(cellType);
        format = type == Type.NUMBER ? format(style) : Optional.empty();
    }

    /** Whether an element is one whose text is a cell's: POI's rule, {@code t} only inside an inline string. */
    boolean textTag(String name) {
        return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && inlineOpen);
    }

    /**
     * An element ends; when it ends a cell's text, the cell: its reference (null when it has none) and
     * text, else null.
     */
    @Nullable Cell end(String name) {
        if (textTag(name)) {
            textOpen = false;
            return inlineOpen ? null : cell();
        }
        if ("is".equals(name)) {
            inlineOpen = false;
            return cell();
        }
        return null;
    }

    /** A cell's reference (null: none, the one after the last) and text (null: none). */
    record Cell(@Nullable String reference, @Nullable String text) {
    }

    private Cell cell() {
        Cell cell = new Cell(reference, text(value.toString()));
        value.setLength(0);
        return cell;
    }

    private @Nullable String text(String stored) {
        return switch (type) {
            case BOOLEAN -> stored.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR, TEXT -> stored;
            case INLINE_STRING -> XlsxSharedStrings.inlineString(stored);
            case SHARED_STRING -> sharedString(stored.trim());
            case NUMBER -> number(stored);
        };
    }

    private @Nullable String sharedString(String index) {
        if (index.isEmpty()) {
            return null;
        }
        try {
            return strings.getItemAt(Integer.parseInt(index)).toString();
        } catch (NumberFormatException notAnIndex) {
            return null; // POI logs it and gives the cell no text
        }
    }

    @SuppressWarnings("PMD.AvoidCatchingGenericException") // POI's rule: a value that cannot be formatted reads as stored
    private String number(String stored) {
        if (format.isEmpty()) {
            return stored;
        }
        try {
            return formatter.text(Double.parseDouble(stored.trim()), format.get());
        } catch (RuntimeException notANumber) {
            return stored;
        }
    }

    private static Type type(@Nullable String cellType) {
        if (cellType == null) {
            return Type.NUMBER;
        }
        return switch (cellType) {
            case "b" -> Type.BOOLEAN;
            case "e" -> Type.ERROR;
            case "inlineStr" -> Type.INLINE_STRING;
            case "s" -> Type.SHARED_STRING;
            case "str" -> Type.TEXT;
            default -> Type.NUMBER;
        };
    }

    /** The number format of a style (its index as written; none: the first style, if any), read once per style. */
    private Optional<XlsxCellText.NumberFormat> format(@Nullable String style) {
        if (styles == null) {
            return Optional.empty();
        }
        return formats.computeIfAbsent(style == null ? 0 : Integer.parseInt(style.trim()), index -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            if (cellStyle == null) {
                return Optional.empty();
            }
            String string = cellStyle.getDataFormatString();
            if (string == null) {
                string = BuiltinFormats.getBuiltinFormat(cellStyle.getDataFormat());
            }
            // POI formats a number only with a format string; an unknown built-in index has none
            return Optional.ofNullable(string).map(known -> XlsxCellText.NumberFormat.of(cellStyle.getDataFormat(), known));
        });
    }
}
