package nl.weegschaal.compare;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.publish.AtomicOutput;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** A sheet {@code Wijzigingen} with the changes per cell, as a small workbook beside the changes file. */
public final class ChangesWorkbook {
    static final String SHEET = "Wijzigingen";
    private static final String[] HEADERS = {"variabele", "categorie", "domein", "waarde", "status",
        "oud %", "nieuw %", "verschil (procentpunten)", "se verschil (procentpunten)", "p", "significant (5%)",
        "toelichting"};

    private ChangesWorkbook() {
    }

    /** {@code <changes file without .duckdb>.xlsx}. */
    public static Path beside(Path changesFile) {
        String name = changesFile.getFileName().toString();
        String stem = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
        return changesFile.resolveSibling(stem + ".xlsx");
    }

    public static void write(Path target, Comparison comparison) {
        AtomicOutput.write(target, file -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet(SHEET);
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                CellStyle decimal = workbook.createCellStyle();
                decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
                CellStyle probability = workbook.createCellStyle();
                probability.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue("Vergelijking (" + comparison.kind().label() + "): "
                        + comparison.old().path().getFileName() + " -> " + comparison.neu().path().getFileName());
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(2);
                for (int i = 0; i < HEADERS.length; i++) {
                    header.createCell(i).setCellValue(HEADERS[i]);
                    header.getCell(i).setCellStyle(bold);
                }
                int r = 3;
                for (CellChange c : comparison.cells()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(c.key().variable());
                    row.createCell(1).setCellValue(c.key().level());
                    row.createCell(2).setCellValue(c.key().domainVar());
                    row.createCell(3).setCellValue(c.key().domainValue());
                    row.createCell(4).setCellValue(c.status().label());
                    number(row, 5, c.old() == null ? null : percent(c.old().estimate()), decimal);
                    number(row, 6, c.neu() == null ? null : percent(c.neu().estimate()), decimal);
                    number(row, 7, c.differencePoints(), decimal);
                    number(row, 8, c.test() == null ? null : 100 * c.test().seDifference(), decimal);
                    number(row, 9, c.test() == null ? null : c.test().pValue(), probability);
                    Boolean significant = c.test() == null ? null : c.test().significant5pct();
                    if (significant != null) {
                        row.createCell(10).setCellValue(significant ? "ja" : "nee");
                    }
                    if (c.note() != null) {
                        row.createCell(11).setCellValue(c.note());
                    }
                }
                sheet.createFreezePane(0, 3);
                for (int i = 0; i < HEADERS.length - 1; i++) {
                    sheet.setColumnWidth(i, 14 * 256);
                }
                workbook.write(out);
            }
        });
    }

    private static @Nullable Double percent(@Nullable Double fraction) {
        return fraction == null ? null : 100 * fraction;
    }

    private static void number(Row row, int column, @Nullable Double value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
