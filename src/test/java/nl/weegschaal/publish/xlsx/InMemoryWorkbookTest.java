package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A new workbook is written once, by write, and its close writes nothing more and loses nothing written. */
class InMemoryWorkbookTest {
    @Test
    void closingAfterWritingKeepsWhatWasWrittenAndWritesNoSecondCopy() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XSSFWorkbook workbook = new InMemoryWorkbook();
        workbook.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("gewogen");
        workbook.write(written);
        int size = written.size();
        workbook.close();
        assertThat(written.size()).as("nothing written after write").isEqualTo(size);
        try (XSSFWorkbook reopened = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            assertThat(reopened.getSheet("Toelichting").getRow(0).getCell(0).getStringCellValue()).isEqualTo("gewogen");
        }
    }
}
