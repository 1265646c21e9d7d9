package nl.weegschaal.publish.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX summary of a wave for report writers: a notes sheet ({@code Toelichting}), a sheet per
 * codebook question in codebook order, then a sheet per numeric question ({@link NumericSheet}), a weighting sheet ({@code Weging}) and the weight
 * diagnostics ({@code Weegfactoren}, when the result file has them), in Dutch or English.
 *
 * <p>The numbers come from the result file; the publication rules of the spec are applied (see
 * {@link Suppression} and {@link CellMarks}). The workbook is small (about 20 rows per sheet), so it
 * is built in memory with {@link XSSFWorkbook}, which also supports native charts; it appears
 * complete or not at all ({@link AtomicOutput}).
 */
public final class SummaryWorkbook {
    private SummaryWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param spec          the wave's spec (codebook, strata, publication rules, source line)
     * @param resultDuckDb  the run's result file, opened read-only
     * @param target        the workbook to write, e.g. {@code out/wave-2024.xlsx}
     * @param language      {@code nl} or {@code en}
     * @throws IllegalArgumentException               for an unknown language
     * @throws nl.weegschaal.OutputException if the result cannot be read or the workbook not written
     */
    public static void write(WaveSpec spec, Path resultDuckDb, Path target, String language) {
        Labels labels = Labels.of(language);
        ResultData data = ResultData.read(resultDuckDb);
        List<Breakdown> breakdowns = Breakdown.of(spec, labels);
        List<QuestionTable> tables = new ArrayList<>();
        List<NumericTable> numeric = new ArrayList<>();
        for (Question question : spec.codebook().values()) {
            if (question.isNumeric()) {
                numeric.add(NumericTable.build(spec, question, data, labels, breakdowns));
            } else {
                tables.add(QuestionTable.build(spec, question, data, labels, breakdowns));
            }
        }
        Reweighting reweighting = Reweighting.of(data.strataColumns(), data.strataDetails(), spec.trim());
        AtomicOutput.write(target, file -> {
            try (XSSFWorkbook workbook = new InMemoryWorkbook()) {
                Styles styles = new Styles(workbook);
                ExplanationSheet.write(workbook, styles, spec, data, labels, tables, numeric, reweighting);
                for (QuestionTable table : tables) {
                    QuestionSheet.write(workbook, styles, spec, table, labels);
                }
                for (NumericTable table : numeric) {
                    NumericSheet.write(workbook, styles, spec, table, labels);
                }
                ChartsSheet.write(workbook, styles, tables, labels, spec.sourceLine());
                WeightingSheet.write(workbook, styles, spec, data, labels, reweighting);
                if (!data.diagnostics().isEmpty()) {
                    WeightsSheet.write(workbook, styles, spec.sourceLine(), data.diagnostics(), breakdowns, labels,
                            new MethodsText(spec, labels));
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
        });
    }
}
