package nl.weegschaal.publish.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.result.CatalogReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The trend workbook (issue 16, waves over time), made from the wave catalog alone: a notes sheet, then
 * per categorical question in codebook order a sheet with the waves side by side and the change between
 * them ({@link TrendSheet}) and a line chart of the total ({@link TrendChart}). Each wave's cells follow
 * that wave's workbook's publication rules. Written atomically ({@link AtomicOutput}).
 */
public final class TrendWorkbook {
    private TrendWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param catalog  the wave catalog, {@code waves.duckdb}
     * @param waves    the waves to show, in that order; empty for every wave, in catalog order
     * @param target   the workbook to write
     * @param language {@code nl} or {@code en}
     * @return the waves shown, in order
     * @throws nl.weegschaal.result.CatalogReadException for an empty catalog or an unknown wave
     */
    public static List<String> write(Path catalog, List<String> waves, Path target, String language) {
        Labels labels = Labels.of(language);
        TrendLabels trend = new TrendLabels(labels);
        TrendData data;
        try (CatalogReader reader = CatalogReader.open(catalog)) {
            data = TrendData.read(reader, waves, labels);
        }
        List<TrendTable> tables = new ArrayList<>();
        for (TrendQuestion question : data.questions()) {
            tables.add(TrendTable.build(data, question, labels));
        }
        AtomicOutput.write(target, file -> {
            try (XSSFWorkbook workbook = new InMemoryWorkbook()) {
                Styles styles = new Styles(workbook);
                TrendStyles marks = new TrendStyles(workbook, styles);
                TrendNotesSheet.write(workbook, styles, data, labels, trend);
                for (TrendTable table : tables) {
                    TrendSheet.write(workbook, styles, marks, table, labels, trend, data);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
        });
        return data.waves().stream().map(w -> w.wave()).toList();
    }
}
