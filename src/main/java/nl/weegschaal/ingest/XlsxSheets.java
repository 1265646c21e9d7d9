package nl.weegschaal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;

/**
 * The sheets of a workbook in tab order, as its workbook part lists them (hidden ones included), and
 * the one a spec names.
 *
 * <p>A sheet name is matched ignoring case, as Excel matches it (Excel refuses a second sheet whose name
 * differs from another's only in case, and its formulas find {@code antwoorden} in a sheet named
 * {@code Antwoorden}). The one sheet that matches is read, visible or hidden. More than one match can
 * only come from a crafted file or another tool (two sheets {@code Antwoorden} and {@code antwoorden},
 * or an old hidden copy placed before the real one); reading either would be a guess, so it is an error
 * naming every match with its tab and visibility.
 */
final class XlsxSheets {
    /** One sheet: its name, 1-based tab position, visibility and the relationship id of its part. */
    record Sheet(String name, int tab, String visibility, String relationId) {
        String describe() {
            return "'" + name + "' (tab " + tab + ", " + visibility + ")";
        }
    }

    private final List<Sheet> sheets;
    private final boolean date1904;

    private XlsxSheets(List<Sheet> sheets, boolean date1904) {
        this.sheets = List.copyOf(sheets);
        this.date1904 = date1904;
    }

    /** Reads the workbook part (a few KB: sheet names and settings, no cells). */
    static XlsxSheets read(XSSFReader reader) throws IOException, InvalidFormatException, XmlException {
        CTWorkbook workbook;
        try (InputStream in = reader.getWorkbookData()) {
            workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
        }
        List<Sheet> sheets = new ArrayList<>();
        if (workbook.getSheets() != null) { // required by the schema, but a crafted file may lack it
            for (CTSheet sheet : workbook.getSheets().getSheetArray()) {
                if (sheet.getId() != null && !sheet.getId().isEmpty()) { // as POI: a sheet without a part is skipped
                    sheets.add(new Sheet(sheet.getName(), sheets.size() + 1, visibility(sheet), sheet.getId()));
                }
            }
        }
        return new XlsxSheets(sheets, workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904());
    }

    private static String visibility(CTSheet sheet) {
        if (!sheet.isSetState() || sheet.getState() == STSheetState.VISIBLE) {
            return "visible";
        }
        return sheet.getState() == STSheetState.VERY_HIDDEN ? "very hidden" : "hidden";
    }

    /** Whether dates count from 1904 (old Mac workbooks) rather than 1900. */
    boolean date1904() {
        return date1904;
    }

    /** The one sheet named {@code name} ignoring case; an error naming the file if there is none or more than one. */
    Sheet find(Path path, String name) {
        List<Sheet> matches = sheets.stream().filter(sheet -> sheet.name().equalsIgnoreCase(name)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new InputFileException(path + ": sheet '" + name + "' does not exist; the workbook has: "
                    + sheets.stream().map(sheet -> "'" + sheet.name() + "'").collect(Collectors.joining(", ")));
        }
        throw new InputFileException(path + ": sheet '" + name + "' is ambiguous: the workbook has "
                + matches.size() + " sheets of that name (ignoring case, as Excel does): "
                + matches.stream().map(Sheet::describe).collect(Collectors.joining(", "))
                + "; Excel allows only one, so the file was made or changed by another tool. Delete or rename"
                + " the sheets that do not hold the answers and run again");
    }
}
