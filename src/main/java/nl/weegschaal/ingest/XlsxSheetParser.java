package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Pulls the non-empty rows of one worksheet of an .xlsx workbook, one at a time, without loading
 * the workbook: the sheet XML is read with StAX and each event is handed to POI's SAX
 * {@link XSSFSheetXMLHandler}, so a row is parsed only when it is asked for. Cell text is the
 * stored value, not the displayed one: numbers in plain notation (4711, 12.5; at most 15 significant
 * digits as in Excel) except whole numbers in a zero-padding format such as {@code 0000} (0111, see
 * {@link XlsxCellText}), dates ISO, booleans TRUE/FALSE, formulas their cached result, error cells their
 * code (#N/A). Every failure is an {@link InputFileException} naming the file.
 */
final class XlsxSheetParser implements AutoCloseable, XSSFSheetXMLHandler.SheetContentsHandler {
    /** A row with a non-empty cell: its 1-based number and cells by column, trailing empties dropped. */
    record Row(long number, String[] cells) {
    }

    private static final int MAX_COLUMNS = 16_384;

    private final String where;
    private final XlsxWorkbook workbook;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final AttributesImpl attributes = new AttributesImpl();
    private String[] cells = new String[64];
    private int width;
    private int column;
    private long rowNumber;
    private boolean errorCell;
    private boolean inlineString;
    private @Nullable Row completed;

    private XlsxSheetParser(String where, XlsxWorkbook workbook) throws XMLStreamException, IOException {
        this.where = where;
        this.workbook = workbook;
        this.handler = new XSSFSheetXMLHandler(workbook.styles(), new XlsxSharedStrings(workbook.strings()), this,
                new XlsxCellText(workbook.date1904()), false);
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
        } catch (XMLStreamException | SAXException | RuntimeException e) {
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

    private void dispatch(int event) throws SAXException {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                attributes.clear();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String prefix = xml.getAttributePrefix(i);
                    String local = xml.getAttributeLocalName(i);
                    String ns = xml.getAttributeNamespace(i);
                    attributes.addAttribute(ns == null ? "" : ns, local,
                            prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, "CDATA",
                            xml.getAttributeValue(i));
                }
                if ("c".equals(xml.getLocalName())) {
                    errorCell = "e".equals(attributes.getValue("t"));
                    inlineString = "inlineStr".equals(attributes.getValue("t"));
                    if (inlineString) {
                        // read as a cached text result ("str"): the same text, without the rich text object POI
                        // makes of every inline string; cell() decodes it as POI would
                        attributes.setValue(attributes.getIndex("t"), "str");
                    }
                }
                handler.startElement(xml.getNamespaceURI(), xml.getLocalName(), xml.getLocalName(), attributes);
            }
            case XMLStreamConstants.END_ELEMENT ->
                handler.endElement(xml.getNamespaceURI(), xml.getLocalName(), xml.getLocalName());
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            case XMLStreamConstants.DTD -> throw new InputFileException(where
                    + ": the sheet XML has a DOCTYPE declaration, which Excel never writes; refusing to read it");
            default -> {
                // comments, processing instructions, document start and end carry no cells
            }
        }
    }

    @Override
    public void startRow(int index) {
        rowNumber = index + 1L;
        column = -1;
    }

    @Override
    public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
        column = reference == null ? column + 1 : columnOf(reference);
        if (value == null || value.isEmpty()) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = errorCell && value.startsWith("ERROR:") ? value.substring("ERROR:".length())
                : inlineString ? XlsxSharedStrings.inlineString(value) : value;
        width = Math.max(width, column + 1);
    }

    @Override
    public void endRow(int index) {
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
