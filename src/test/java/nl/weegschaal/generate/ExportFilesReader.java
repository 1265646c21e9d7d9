package nl.weegschaal.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads written exports back for the follow-up tests: raw cells and the valid establishments. */
final class ExportFilesReader {
    /** One valid record: its id, SBI code and employees as the file holds them. */
    record Establishment(String id, String sbi, int employees, String file) {
    }

    private ExportFilesReader() {
    }

    /**
     * Every cell of the workbook's sheets, row by row, as type and value ({@code N:5010.0},
     * {@code S:Ja}), so two workbooks compare equal exactly when their cells do (their zip entries carry
     * timestamps, so their bytes never do).
     */
    static List<List<String>> cells(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                rows.add(List.of("sheet " + sheet.getSheetName()));
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    values.add("row " + row.getRowNum());
                    for (Cell cell : row) {
                        values.add(cell.getColumnIndex() + "=" + text(cell));
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    /** The valid records of both files by id (planted bad records, given as file:line, left out). */
    static Map<String, Establishment> valid(GeneratedExports exports) throws IOException {
        Set<String> planted = exports.planted().stream().map(p -> p.file() + ":" + p.lineOrRow())
                .collect(Collectors.toSet());
        Map<String, Establishment> valid = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(exports.cati());
        for (int i = 1; i < lines.size(); i++) {
            if (!planted.contains("cati.csv:" + (i + 1))) {
                String[] cells = lines.get(i).split(";", -1);
                valid.put(cells[0], new Establishment(cells[0], cells[1], Integer.parseInt(cells[2]), "cati"));
            }
        }
        List<List<String>> sheet = cells(exports.cawi());
        for (int r = 2; r < sheet.size(); r++) {
            List<String> row = sheet.get(r);
            if (!planted.contains("cawi.xlsx:" + r)) {
                String id = value(row.get(1));
                String sbi = value(row.get(2));
                sbi = sbi.endsWith(".0") ? sbi.substring(0, sbi.length() - 2) : sbi;
                String employees = value(row.get(3));
                valid.put(id, new Establishment(id, sbi, (int) Double.parseDouble(employees), "cawi"));
            }
        }
        return valid;
    }

    private static String value(String cell) {
        return cell.substring(cell.indexOf('=') + 3);
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? "N:" + cell.getNumericCellValue()
                : cell.getCellType().name().charAt(0) + ":" + cell.getStringCellValue();
    }
}
