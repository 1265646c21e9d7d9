package nl.weegschaal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;

/**
 * Opens a checked .xlsx file ({@link XlsxFileCheck}) with POI, read-only, and what reading one sheet
 * needs: the workbook part (sheets, date system), the styles (number formats), the shared strings (the
 * texts cells refer to) and the sheet's part. A part that cannot be read is named in the error.
 *
 * @param pkg      the package; {@link #close()} lets it go without writing anything
 * @param styles   the styles, null if the workbook has none
 * @param strings  the shared strings (read-only, streamed), empty if the workbook has none
 * @param date1904 whether dates count from 1904
 * @param sheet    the sheet's XML
 */
record XlsxWorkbook(OPCPackage pkg, @Nullable StylesTable styles, ReadOnlySharedStringsTable strings, boolean date1904,
                    InputStream sheet) implements AutoCloseable {

    @FunctionalInterface
    private interface PartReader<T> {
        T read() throws Exception;
    }

    /** Opens the sheet named {@code sheetName} (see {@link XlsxSheets} for how it is matched). */
    static XlsxWorkbook open(Path path, String sheetName) {
        XlsxFileCheck.check(path);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: " + XlsxErrors.describe(e), e);
        }
        try {
            XSSFReader reader = part(path, "", () -> new XSSFReader(pkg));
            XlsxSheets sheets = part(path, workbookPart(pkg), () -> XlsxSheets.read(reader));
            XlsxSheets.Sheet sheet = sheets.find(path, sheetName);
            StylesTable styles = part(path, partName(pkg, XSSFRelation.STYLES), reader::getStylesTable);
            ReadOnlySharedStringsTable strings = part(path, partName(pkg, XSSFRelation.SHARED_STRINGS),
                    () -> new ReadOnlySharedStringsTable(pkg, false));
            InputStream data = part(path, "", () -> reader.getSheet(sheet.relationId()));
            return new XlsxWorkbook(pkg, styles, strings, sheets.date1904(), data);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Reads a part, naming it (if known) and the file in the error. */
    private static <T> T part(Path path, String part, PartReader<T> reader) {
        try {
            return reader.read();
        } catch (InputFileException e) {
            throw e;
        } catch (Exception e) {
            throw new InputFileException(path + ": cannot read the workbook: " + (part.isEmpty() ? "" : "part " + part
                    + ": ") + XlsxErrors.describe(e), e);
        }
    }

    private static String workbookPart(OPCPackage pkg) {
        PackageRelationship workbook = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        return workbook == null ? "" : stripSlash(workbook.getTargetURI().toString());
    }

    /** The name of the part POI reads for {@code relation}, as in the zip ("xl/styles.xml"). */
    private static String partName(OPCPackage pkg, XSSFRelation relation) {
        try {
            List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
            return parts.isEmpty() ? "" : stripSlash(parts.get(0).getPartName().getName());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String stripSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** Closes the sheet's stream and lets the package go; nothing is written. */
    @Override
    public void close() {
        try {
            sheet.close();
        } catch (IOException e) {
            // closing a part of a read-only file cannot lose data
        } finally {
            pkg.revert();
        }
    }
}
