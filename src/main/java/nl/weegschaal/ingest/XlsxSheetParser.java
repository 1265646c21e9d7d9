package nl.weegschaal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Pulls the non-empty rows of one worksheet of an .xlsx workbook, one at a time, without loading
 * the workbook: the sheet XML is read with StAX and each event is handed to POI's SAX
 * {@link XSSFSheetXMLHandler}, so a row is parsed only when it is asked for. Cell text is the
 * stored value, never the displayed one: numbers in plain notation (4711, 12.5; at most 15
 * significant digits as in Excel), dates ISO, booleans TRUE/FALSE, formulas their cached result,
 * error cells their code (#N/A). Every failure is an {@link InputFileException} naming the file.
 */
final class XlsxSheetParser implements AutoCloseable, XSSFSheetXMLHandler.SheetContentsHandler {
    /** A row with a non-empty cell: its 1-based number and cells by column, trailing empties dropped. */
    record Row(long number, String[] cells) {
    }

    private static final int MAX_COLUMNS = 16_384;

    private final String where;
    private final OPCPackage pkg;
    private final InputStream data;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final AttributesImpl attributes = new AttributesImpl();
    private String[] cells = new String[64];
    private int width;
    private int column;
    private long rowNumber;
    private boolean errorCell;
    private @Nullable Row completed;

    private XlsxSheetParser(String where, OPCPackage pkg, XSSFReader reader, InputStream data)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException, XmlException {
        this.where = where;
        this.pkg = pkg;
        this.data = data;
        this.handler = new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg, false),
                this, new CellText(isDate1904(reader)), false);
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
    }

    /** Opens the named sheet; the caller closes the parser. */
    static XlsxSheetParser open(Path path, String sheetName) {
        checkFile(path);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: " + describe(e), e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (sheets.getSheetName().equals(sheetName)) {
                    return new XlsxSheetParser(path + " sheet '" + sheetName + "'", pkg, reader, sheet);
                }
                sheet.close();
                names.add("'" + sheets.getSheetName() + "'");
            }
            throw new InputFileException(path + ": sheet '" + sheetName + "' does not exist; the workbook has: "
                    + String.join(", ", names));
        } catch (InputFileException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | XmlException
                | RuntimeException e) {
            pkg.revert();
            throw new InputFileException(path + ": cannot read the workbook: " + describe(e), e);
        }
    }

    private static void checkFile(Path path) {
        if (!Files.exists(path)) {
            throw new InputFileException(path + ": file not found");
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException(path + ": is a directory, not an .xlsx workbook");
        }
        FileMagic magic;
        try {
            if (Files.size(path) == 0) {
                throw new InputFileException(path + ": the file is empty; expected an .xlsx workbook");
            }
            magic = FileMagic.valueOf(path.toFile());
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem ole = new POIFSFileSystem(path.toFile(), true)) {
                    if (ole.getRoot().hasEntry("EncryptedPackage")) {
                        throw new InputFileException(path + ": the workbook is password-protected (encrypted);"
                                + " save an unprotected copy");
                    }
                }
                throw new InputFileException(path + ": is an Excel 97-2003 (.xls) or other OLE2 file, not .xlsx;"
                        + " save it as an .xlsx workbook");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException known) {
                throw known;
            }
            throw new InputFileException(path + ": cannot read the file: " + describe(e), e);
        }
        if (magic != FileMagic.OOXML) {
            throw new InputFileException(path + ": is not an .xlsx workbook (not a zip archive"
                    + (magic == FileMagic.UNKNOWN ? "" : "; the file looks like " + magic) + ")");
        }
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
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
                    + ": cannot read the sheet: " + describe(e), e);
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
        cells[column] = errorCell && value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
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

    private static String describe(Throwable e) {
        String message = CsvFiles.describe(e).replace('\n', ' ');
        return message.contains("Zip bomb detected") ? "the file looks like a zip bomb (it unpacks to far more data"
                + " than its size suggests) and was not read" : message;
    }

    @Override
    public void close() {
        try {
            xml.close();
            data.close();
        } catch (XMLStreamException | IOException e) {
            // closing a read-only file cannot lose data
        } finally {
            pkg.revert();
        }
    }

    /** Formats numeric cells by their stored value: ISO dates for date formats, else plain numbers. */
    private static final class CellText extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
        private final boolean date1904;

        CellText(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
                if (value < 1) {
                    return time.format(TIME);
                }
                return value == Math.rint(value) ? time.toLocalDate().toString() : time.format(DATE_TIME);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return new BigDecimal(Double.toString(value)).round(new MathContext(15)).stripTrailingZeros()
                    .toPlainString();
        }
    }
}
