package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;

/**
 * Pulls the non-empty rows of one worksheet of an .xlsx workbook, one at a time, without loading
 * the workbook: the sheet XML is read with StAX and a row is parsed only when it is asked for; each
 * cell's text is read as POI's streaming reader reads it ({@link XlsxCellReader}). Cell text is the
 * stored value, not the displayed one: numbers in plain notation (4711, 12.5; at most 15 significant
 * digits as in Excel) except whole numbers in a zero-padding format such as {@code 0000} (0111, see
 * {@link XlsxCellText}), dates ISO, booleans TRUE/FALSE, formulas their cached result, error cells their
 * code (#N/A). Every failure is an {@link InputFileException} naming the file.
 */
final class XlsxSheetParser implements AutoCloseable {
    /** A row with a non-empty cell: its 1-based number and cells by column, trailing empties dropped. */
    record Row(long number, String[] cells) {
    }

    private static final int MAX_COLUMNS = 16_384;

    private final String where;
    private final XlsxWorkbook workbook;
    private final XMLStreamReader xml;
    private final XlsxCellReader cellReader;
    private String[] cells = new String[64];
    private int width;
    private int column;
    private long rowNumber;
    private int nextRow;
    private @Nullable Row completed;

    private XlsxSheetParser(String where, XlsxWorkbook workbook) throws XMLStreamException, IOException {
        this.where = where;
        this.workbook = workbook;
        this.cellReader = new XlsxCellReader(workbook.styles(), new XlsxSharedStrings(workbook.strings()),
                new XlsxCellText(workbook.date1904()));
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(XlsxXmlText.reader(workbook.sheet()));
    }

    /**
     * Opens the sheet named {@code sheetName} (ignoring case, see {@link XlsxSheets}); the caller closes
     * the parser. The file is checked first ({@link XlsxFileCheck}), so POI opens only a package whose
     * parts declare no DOCTYPE.
     */
    static XlsxSheetParser open(Path path, String sheetName) {
        XlsxWorkbook workbook = XlsxWorkbook.open(path, sheetName);
        String where = path + " sheet '" + sheetName + "'";
        try {
            return new XlsxSheetParser(where, workbook);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            workbook.close();
            throw new InputFileException(where + ": cannot read the sheet: " + XlsxErrors.describe(e), e);
        }
    }

    /** The next row with a non-empty cell, or null at the end of the sheet. */
    @Nullable Row next() {
        try {
            while (completed == null && xml.hasNext()) {
                dispatch(xml.next());
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InputFileException known) {
                throw known;
            }
            throw new InputFileException(where + (rowNumber > 0 ? " row " + rowNumber : "")
                    + ": cannot read the sheet: " + XlsxErrors.describe(e), e);
        }
        Row row = completed;
        completed = null;
        return row;
    }

    private void dispatch(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (spreadsheetMl()) {
                    start(xml.getLocalName());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                if (spreadsheetMl()) {
                    end(xml.getLocalName());
                }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (cellReader.textOpen()) {
                    cellReader.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            case XMLStreamConstants.DTD -> throw new InputFileException(where
                    + ": the sheet XML has a DOCTYPE declaration, which Excel never writes; refusing to read it");
            default -> {
                // comments, processing instructions, document start and end carry no cells
            }
        }
    }

    /**
     * POI's rule: only SpreadsheetML's elements are read (and one the parser gives a null namespace, which
     * Woodstox never does: an element without a namespace is reported in "", so is not read, as in POI).
     */
    private boolean spreadsheetMl() {
        String uri = xml.getNamespaceURI();
        return uri == null || uri.equals(XlsxCellReader.SPREADSHEET_ML);
    }

    private void start(String name) {
        if ("c".equals(name)) {
            startCell();
        } else if ("row".equals(name)) {
            String r = attribute("r");
            startRow(r == null ? nextRow : Integer.parseInt(r.trim()) - 1);
        } else {
            cellReader.start(name);
        }
    }

    private void end(String name) {
        if ("row".equals(name)) {
            endRow();
            nextRow = (int) rowNumber;
        } else {
            XlsxCellReader.Cell cell = cellReader.end(name);
            if (cell != null) {
                cell(cell.reference(), cell.text());
            }
        }
    }

    /** A cell's reference, type and style: its attributes {@code r}, {@code t} and {@code s}, read in one pass. */
    private void startCell() {
        String reference = null;
        String type = null;
        String style = null;
        for (int i = xml.getAttributeCount() - 1; i >= 0; i--) { // backwards: the first of a name wins, as in POI
            if (unprefixed(i)) {
                switch (xml.getAttributeLocalName(i)) {
                    case "r" -> reference = xml.getAttributeValue(i);
                    case "t" -> type = xml.getAttributeValue(i);
                    case "s" -> style = xml.getAttributeValue(i);
                    default -> {
                        // other attributes of a cell (cm, vm, ph) do not change its text
                    }
                }
            }
        }
        cellReader.startCell(reference, type, style);
    }

    /** The value of the element's attribute without a prefix named {@code name}, as POI looks it up. */
    private @Nullable String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (unprefixed(i) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether attribute i has no prefix: POI looks attributes up by their qualified name, {@code r} not {@code x:r}. */
    private boolean unprefixed(int i) {
        String prefix = xml.getAttributePrefix(i);
        return prefix == null || prefix.isEmpty();
    }

    private void startRow(int index) {
        rowNumber = index + 1L;
        column = -1;
    }

    private void cell(@Nullable String reference, @Nullable String value) {
        column = reference == null ? column + 1 : columnOf(reference);
        if (value == null || value.isEmpty()) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = value;
        width = Math.max(width, column + 1);
    }

    private void endRow() {
        if (width > 0) {
            String[] values = new String[width];
            for (int i = 0; i < width; i++) {
                values[i] = cells[i] == null ? "" : cells[i];
                cells[i] = null;
            }
            completed = new Row(rowNumber, values);
            width = 0;
        }
    }

    private int columnOf(String reference) {
        int result = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            result = result * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            if (result > MAX_COLUMNS) {
                break;
            }
        }
        if (result < 1 || result > MAX_COLUMNS) {
            throw new InputFileException(where + " row " + rowNumber + ": invalid cell reference '" + reference + "'");
        }
        return result - 1;
    }

    /** The column letters of a 0-based column index, as in messages: 0 is A. */
    static String columnName(int column) {
        return CellReference.convertNumToColString(column);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a read-only file cannot lose data
        } finally {
            workbook.close();
        }
    }
}
