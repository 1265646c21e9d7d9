package nl.weegschaal.publish.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a small workbook with a chart on a background thread, thrown away, while a wave's job reads and
 * weighs, so that its workbook step does not start cold: the first workbook of a process initialises
 * the Office Open XML schema types (over a hundred milliseconds) and runs POI's code for the first time.
 * On a machine with two cores the job's own steps mostly use one at the sample's size, so the other does this.
 */
public final class WorkbookWarmUp {
    private WorkbookWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(WorkbookWarmUp::make, "workbook-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void make() {
        try (XSSFWorkbook workbook = new InMemoryWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet("warm-up");
            for (int r = 0; r < 40; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue("rij " + r);
                row.getCell(0).setCellStyle(styles.rowLabel);
                for (int c = 1; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 0.5 + c);
                    row.getCell(c).setCellStyle(styles.percent);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(40, 40, 0, 7));
            PercentChart frame = PercentChart.place(sheet, 42, 8, 20, "warm-up", Labels.of("nl"));
            XDDFBarChartData data = (XDDFBarChartData) frame.chart().createData(ChartTypes.BAR, frame.categories(),
                    frame.percent());
            data.setBarDirection(BarDirection.COL);
            data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, 39, 0, 0)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(0, 39, 1, 1)));
            frame.chart().plot(data);
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real workbook reports whatever goes wrong with it
        }
    }
}
