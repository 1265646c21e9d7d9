package nl.weegschaal.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the online (CAWI) export {@code cawi.xlsx}: one sheet {@code Antwoorden}, a header row with
 * the CAWI column names of the job spec, then one row per respondent. Answers are the codebook's
 * Dutch labels; multiple-response cells {@code Ja}/{@code Nee} when asked, absent when not; empty
 * answers are absent cells. Employees are number cells, the SBI code a number cell in some rows and
 * a text cell in others, as survey-tool exports do. Streams through {@link SXSSFWorkbook}, so
 * memory stays flat whatever the number of rows.
 */
final class CawiWriter implements Closeable {
    static final String SHEET = "Antwoorden";
    static final String[] HEADER = {"Vestigingsnummer", "SBI-code", "Aantal werkzame personen", "Gebruik van AI",
        "Banen verdwijnen door AI", "Banen erbij door AI", "Scholingsbehoefte verandert",
        "Andere vaardigheden nodig", "AI lost personeelstekort op", "Functies veranderen sterk",
        "Veranderen: administratief", "Veranderen: sales/verkoop", "Veranderen: ICT",
        "Veranderen: klantenservice", "Veranderen: planning/werkvoorbereiding", "Veranderen: productie",
        "Veranderen: overig", "Verdwijnen: administratief", "Verdwijnen: sales/verkoop", "Verdwijnen: ICT",
        "Verdwijnen: klantenservice", "Verdwijnen: planning/werkvoorbereiding", "Verdwijnen: productie",
        "Verdwijnen: overig", "Aantal vacatures", "Verwacht banenverlies door AI"};
    /** The label of "weet niet" (a level); no answer is an empty cell. */
    static final String DONT_KNOW = "Weet niet";
    /** Codebook labels (nl) of ai_gebruik, zeer_hoge_mate..helemaal_niet, weet_niet. */
    static final String[] AI_LABELS = {"In zeer hoge mate", "In hoge mate", "In redelijke mate",
        "In beperkte mate", "Helemaal niet", DONT_KNOW};
    /** Codebook labels (nl) of ja, nee, weet_niet. */
    static final String[] YES_NO_LABELS = {"Ja", "Nee", DONT_KNOW};
    private static final int WINDOW = 200;

    private final Path path;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    /** POI index of the last row written; the header is row 0 (row 1 in Excel). */
    private int rowIndex;

    CawiWriter(Path path) {
        this.path = path;
        sheet = workbook.createSheet(SHEET);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
        }
    }

    /** Appends one record and returns its row number as a spreadsheet shows it (header = row 1). */
    long write(ExportRow record) {
        Row row = sheet.createRow(++rowIndex);
        row.createCell(0).setCellValue(record.id);
        if (record.sbiAsNumber) {
            row.createCell(1).setCellValue(Double.parseDouble(record.sbi));
        } else {
            row.createCell(1).setCellValue(record.sbi);
        }
        if (record.employees != ExportRow.MISSING) {
            row.createCell(2).setCellValue(record.employees);
        }
        int column = 3;
        for (int q = 0; q < ExportRow.SINGLE; q++, column++) {
            if (q == record.badAnswer) {
                row.createCell(column).setCellValue(record.badAnswerText);
            } else if (record.answers[q] != ExportRow.MISSING) {
                row.createCell(column).setCellValue((q == 0 ? AI_LABELS : YES_NO_LABELS)[record.answers[q]]);
            }
        }
        column = options(row, column, record.changing);
        column = options(row, column, record.disappearing);
        number(row, column, record.vacancies);
        number(row, column + 1, record.jobsLost);
        return rowIndex + 1L;
    }

    /** A numeric answer as a number cell; weet niet as its label; no answer as no cell. */
    private static void number(Row row, int column, int value) {
        if (value == ExportRow.DONT_KNOW) {
            row.createCell(column).setCellValue(DONT_KNOW);
        } else if (value != ExportRow.MISSING) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static int options(Row row, int first, byte[] options) {
        for (int o = 0; o < options.length; o++) {
            if (options[o] != ExportRow.NOT_ASKED) {
                Cell cell = row.createCell(first + o);
                cell.setCellValue(options[o] == ExportRow.TICKED ? "Ja" : "Nee");
            }
        }
        return first + options.length;
    }

    /** Data rows written so far. */
    int records() {
        return rowIndex;
    }

    /** Writes the workbook to its file and deletes POI's temporary files. */
    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
