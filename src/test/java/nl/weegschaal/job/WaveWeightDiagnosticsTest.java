package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wave job's {@code weight_diagnostics} table and the workbook's {@code Weegfactoren} sheet, on the sample wave. */
class WaveWeightDiagnosticsTest {
    /** The first data row of the sheet (below the title, the subtitle and the header). */
    static final int FIRST = 4;
    @TempDir
    static Path project;
    static Path spec;
    static Path result;

    @BeforeAll
    static void runTheSampleWave() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", spec.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        result = project.resolve("out/wave-2024.duckdb");
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneRowPerDomainValueAndTheTotalAddsUpToTheFrame() throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM weight_diagnostics");
        assertThat(rows).hasSize(1 + 3 + 16);
        assertThat(rows.get(0)).containsEntry("domain_var", "total").containsEntry("domain_value", "total")
                .containsEntry("respondents", 2306L);
        double frame = (Double) DuckDb.single(result, "SELECT sum(population) FROM strata WHERE NOT dropped");
        assertThat((Double) rows.get(0).get("sum_of_weights")).isCloseTo(frame, within(1e-6))
                .isCloseTo((Double) DuckDb.single(result, "SELECT sum(weight) FROM weights"), within(1e-6));
        assertThat(DuckDb.query(result, "SELECT domain_var, count(*) AS n, sum(respondents) AS r FROM weight_diagnostics "
                + "GROUP BY domain_var ORDER BY domain_var")).extracting(r -> r.get("domain_var") + ":" + r.get("n")
                + ":" + r.get("r")).containsExactly("sector_cluster:16:2306", "size_class:3:2306", "total:1:2306");
        // each domain's sum of weights is its population in the frame (domains are unions of strata)
        for (Map<String, Object> check : DuckDb.query(result, "SELECT d.domain_value, d.sum_of_weights, "
                + "(SELECT sum(population) FROM strata s WHERE s.size_class = d.domain_value AND NOT dropped) AS pop "
                + "FROM weight_diagnostics d WHERE domain_var = 'size_class'")) {
            assertThat((Double) check.get("sum_of_weights")).as("%s", check.get("domain_value"))
                    .isCloseTo((Double) check.get("pop"), within(1e-6));
        }
        // the largest weight of the total is the largest stratum weight, and the first stratum named has it
        double max = (Double) DuckDb.single(result, "SELECT max(weight) FROM strata");
        assertThat((Double) rows.get(0).get("max_weight")).isCloseTo(max, within(1e-9));
        assertThat(DuckDb.single(result, "SELECT count(*) FROM weight_diagnostics WHERE abs(kish_deff - (1 + cv * cv)) "
                + "> 1e-12 OR abs(effective_n - respondents / kish_deff) > 1e-9 OR min_weight > median_weight "
                + "OR median_weight > max_weight")).isEqualTo(0L);
    }

    @Test
    void theWorkbookHasTheSheetAfterWegingWithRealNumbers() throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM weight_diagnostics");
        try (XSSFWorkbook workbook = open(project.resolve("out/wave-2024.xlsx"))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names.subList(names.size() - 2, names.size())).containsExactly("Weging", "Weegfactoren");
            Sheet sheet = workbook.getSheet("Weegfactoren");
            assertThat(sheet.getRow(FIRST - 1).getCell(0).getStringCellValue()).isEqualTo("Groep");
            List<String> labels = new ArrayList<>(List.of("Totaal", "2-19 werknemers", "20-99 werknemers",
                    "100 of meer werknemers"));
            for (SectorCluster c : SectorClassification.uwvSector16().clusters()) {
                labels.add(c.nameNl());
            }
            for (int i = 0; i < labels.size(); i++) {
                assertThat(sheet.getRow(FIRST + i).getCell(0).getStringCellValue()).isEqualTo(labels.get(i));
            }
            Row total = sheet.getRow(FIRST);
            for (int c = 1; c <= 8; c++) {
                assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(2306);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo((Double) rows.get(0).get("sum_of_weights"));
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo((Double) rows.get(0).get("kish_deff"));
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo((Double) rows.get(0).get("effective_n"));
            // the result's "05 x 2-19 (w = 720.5, n = 77); ..." in publication words and Dutch numbers, a stratum a line
            assertThat(rows.get(0).get("largest_weight_strata")).asString().startsWith("05 x 2-19 (w = 720.5, n = 77)");
            assertThat(total.getCell(9).getStringCellValue()).startsWith(
                    "Detailhandel en autohandel, 2-19 werknemers (w = 720,5; n = 77)\nHoreca, 2-19 werknemers");
            assertThat(texts(sheet)).anyMatch(t -> t.startsWith("Design-effect door weging (Kish) = 1 + CV²"))
                    .anyMatch(t -> t.startsWith("Effectieve steekproefomvang = n / design-effect"));
        }
    }

    @Test
    void inEnglishTheSheetIsWeights() throws Exception {
        CliRun run = CliRun.of(project.resolve("home"), "workbook", spec.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook workbook = open(project.resolve("out/wave-2024-en.xlsx"))) {
            Sheet sheet = workbook.getSheet("Weights");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(FIRST).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(FIRST - 1).getCell(8).getStringCellValue()).isEqualTo("Effective sample size");
            assertThat(texts(sheet)).anyMatch(t -> t.startsWith("Design effect due to weighting (Kish)"));
        }
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
