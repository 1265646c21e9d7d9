package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: both sample waves run ({@code run jobs/wave-2024.yml}, {@code run jobs/wave-2025.yml}), which
 * registers them in the wave catalog, then {@code waves trend}; the workbook reopened and checked against
 * the catalog's {@code estimates} and {@code changes}: the change planted in the sample data is marked, the
 * notes name the overlapping samples with the establishments in both, and the chart's data block holds the
 * table's totals.
 */
class TrendOfTheSampleWavesTest {
    private static final String SHEET = "AI-gebruik";
    private static final String CATEGORY = "(Zeer) hoge of redelijke mate";
    private static final String LARGEST = "100 of meer werknemers";
    @TempDir
    static Path dir;
    static Path out;
    static XSSFWorkbook book;

    @BeforeAll
    static void runBothSampleWavesAndTheTrend() throws Exception {
        Path home = dir.resolve("home");
        for (String wave : new String[] {"wave-2024", "wave-2025"}) {
            CliRun run = CliRun.of(home, "run", SampleProject.copyTo(dir.resolve("project"), wave).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        out = dir.resolve("project/out");
        CliRun trend = CliRun.of(home, "waves", "trend", out.toString());
        assertThat(trend.exitCode()).as(trend.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("trend.xlsx"))) {
            book = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    @Test
    void thePlantedRiseOfAiUseAmongTheLargestEstablishmentsIsMarkedWithTheCatalogsChange() throws Exception {
        XSSFSheet sheet = book.getSheet(SHEET);
        int c = category(sheet, CATEGORY);
        Row row = row(sheet, LARGEST);
        String cell = "variable = 'ai_gebruik' AND level = 'hoog_of_redelijk' AND domain_value = '100+'";
        for (int w = 0; w < 2; w++) {
            double estimate = (Double) DuckDb.single(out.resolve("waves.duckdb"), "SELECT estimate FROM estimates WHERE "
                    + cell + " AND wave = 'wave-202" + (4 + w) + "'");
            assertThat(row.getCell(TrendSheet.percentColumn(c, w, 2)).getNumericCellValue())
                    .isEqualTo(Math.round(estimate * 1000) / 10.0);
        }
        double difference = (Double) DuckDb.single(out.resolve("waves.duckdb"), "SELECT difference FROM changes WHERE "
                + cell + " AND significant AND comparison = 'overlapping samples'");
        Cell change = row.getCell(TrendSheet.changeColumn(c, 1, 2));
        // the model plants a rise of some 15 points (37% -> 52%)
        assertThat(change.getNumericCellValue()).isEqualTo(Math.round(difference * 1000) / 10.0).isGreaterThan(5);
        assertThat(change.getCellStyle().getDataFormatString()).contains(TrendLabels.UP);
    }

    @Test
    void theNotesNameTheOverlappingSamplesWithTheEstablishmentsInBoth() throws Exception {
        long nBoth = (Long) DuckDb.single(out.resolve("waves.duckdb"), "SELECT max(n_both) FROM changes "
                + "WHERE domain_var = 'total' AND wave_from = 'wave-2024' AND wave_to = 'wave-2025'");
        assertThat(nBoth).isBetween(1_000L, 1_165L);
        Row pair = row(book.getSheet("Toelichting"), "wave-2024 \u2192 wave-2025");
        assertThat(pair.getCell(1).getStringCellValue()).startsWith("overlappende steekproeven")
                .contains(String.format(Locale.forLanguageTag("nl-NL"), "tot %,d vestigingen per vraag in beide steekproeven", nBoth));
    }

    @Test
    void eachChartsDataBlockHoldsTheTotalsOfTheTable() {
        XSSFSheet sheet = book.getSheet(SHEET);
        Row heading = row(sheet, "Gegevens grafiek (totaal, %)");
        int c = category(sheet, CATEGORY);
        Row data = sheet.getRow(heading.getRowNum() + 2 + c);
        assertThat(data.getCell(0).getStringCellValue()).isEqualTo(CATEGORY);
        for (int w = 0; w < 2; w++) {
            int column = TrendSheet.percentColumn(0, w, 2);
            assertThat(sheet.getRow(heading.getRowNum() + 1).getCell(column).getStringCellValue())
                    .isEqualTo("wave-202" + (4 + w));
            assertThat(data.getCell(column).getNumericCellValue()).isEqualTo(sheet.getRow(TrendSheet.FIRST_ROW)
                    .getCell(TrendSheet.percentColumn(c, w, 2)).getNumericCellValue());
        }
        assertThat(sheet.getRowBreaks()).as("the chart on a page of its own").hasSize(1);
        assertThat(sheet.getRowBreaks()[0]).isLessThan(heading.getRowNum());
    }

    /** The index of a category by its heading on the sheet. */
    private static int category(XSSFSheet sheet, String label) {
        for (int c = 0; ; c++) {
            Cell cell = sheet.getRow(TrendSheet.HEADER_ROW).getCell(TrendSheet.percentColumn(c, 0, 2));
            assertThat(cell).as("category " + label).isNotNull();
            if (cell.getStringCellValue().equals(label)) {
                return c;
            }
        }
    }

    /** The first row whose first cell reads {@code label}. */
    private static Row row(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }
}
