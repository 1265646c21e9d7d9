package nl.weegschaal.publish.xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A new workbook that is written once, by {@link #write}, and then closed without being written again:
 * POI keeps a new workbook in a package in memory, and {@link XSSFWorkbook#close()} saves that package
 * into it, a second serialisation of every sheet and chart that nobody reads (a tenth of the time of
 * the sample wave's workbook).
 */
public final class InMemoryWorkbook extends XSSFWorkbook {
    @Override
    public void close() {
        getPackage().revert();
    }
}
