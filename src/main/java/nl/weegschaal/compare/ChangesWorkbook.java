package nl.weegschaal.compare;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.publish.xlsx.InMemoryWorkbook;
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
        "oud %", "nieuw %", "verschil (procentpunten)", "se verschil (procentpunten)", "p",
        "q (Benjamini-Hochberg)", "significant (FDR 5%)", "p < 0,05 per cel (ongecorrigeerd)", "oud publiceerbaar",
        "nieuw publiceerbaar", "toelichting"};

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
            try (XSSFWorkbook workbook = new InMemoryWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
                sheet.createRow(1).createCell(0).setCellValue(tests(comparison));
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
                    number(row, 8, c.seDifferencePoints(), decimal);
                    number(row, 9, c.test() == null ? null : c.test().pValue(), probability);
                    number(row, 10, c.qValue(), probability);
                    text(row, 11, yesNo(c.significant()));
                    text(row, 12, yesNo(c.significantUncorrected()));
                    text(row, 13, c.oldReliability() == null ? null : c.oldReliability().status().code());
                    text(row, 14, c.newReliability() == null ? null : c.newReliability().status().code());
                    text(row, 15, c.note());
                }
                sheet.createFreezePane(0, 3);
                for (int i = 0; i < HEADERS.length - 1; i++) {
                    sheet.setColumnWidth(i, 14 * 256);
                }
                workbook.write(out);
            }
        });
    }

    /** The line under the title: how many tests, the method, how many significant after it. */
    static String tests(Comparison c) {
        if (c.kind() == ComparisonKind.SAME_RESPONDENTS) {
            return "Geen toetsen: dezelfde respondenten, anders gewogen, dus geen onafhankelijke schattingen.";
        }
        String overlap = c.kind() == ComparisonKind.OVERLAPPING ? String.format(java.util.Locale.ROOT,
                "Overlappende steekproeven: %d vestigingen in beide metingen; de marge van elk verschil houdt "
                        + "rekening met hun samenhang. ", c.establishmentsInBoth()) : "";
        return overlap + String.format(java.util.Locale.ROOT, "%d toetsen (cellen publiceerbaar in beide metingen); "
                        + "%s, false discovery rate %.0f%%: %d significant (%d met p < 0,05 per cel, "
                        + "toeval alleen geeft er ongeveer %.0f).", c.tested(), BenjaminiHochberg.METHOD,
                100 * BenjaminiHochberg.FDR, c.significant(), c.significantUncorrected(), 0.05 * c.tested());
    }

    private static @Nullable String yesNo(@Nullable Boolean value) {
        return value == null ? null : value ? "ja" : "nee";
    }

    private static void text(Row row, int column, @Nullable String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
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
