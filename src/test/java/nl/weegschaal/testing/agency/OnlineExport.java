package nl.weegschaal.testing.agency;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The online export as the agency's survey tool writes it: a workbook whose first sheet explains the
 * export and whose sheet {@value #SHEET} holds one row per respondent; question texts as column names,
 * answers as labels ("Weet ik niet", "Geen antwoord"), a tick-all option's cell holding the option's
 * label when ticked and empty when not, the establishment number and often the SBI code and the
 * number of employees as number cells, the start date as a date cell.
 */
final class OnlineExport {
    static final String FILE = "online.xlsx";
    static final String SHEET = "Export";
    static final String ID = "Vestiging ID";
    static final String SBI = "SBI (hoofdactiviteit)";
    static final String EMPLOYEES = "Werkzame personen";
    private static final String STARTED = "Startdatum";
    private static final String OTHER_TEXT = Questionnaire.MAATREGELEN.cawi() + " [Anders, namelijk]";

    private final List<String> header = new ArrayList<>(List.of(ID, STARTED, SBI, EMPLOYEES));

    OnlineExport() {
        for (Questionnaire.Item item : Questionnaire.ORDER) {
            if (item instanceof Questionnaire.Multiple m) {
                for (int o = 0; o < m.options().size(); o++) {
                    header.add(m.cawiColumn(o));
                }
                if (m == Questionnaire.MAATREGELEN) {
                    header.add(OTHER_TEXT);
                }
            } else {
                header.add(((Questionnaire.Single) item).cawi());
            }
        }
    }

    /** The cells of a respondent by column (String, Double or LocalDate; absent: empty), planted cells over them. */
    Map<String, Object> cells(Interview i, Map<String, Object> planted) {
        Map<String, Object> cells = new HashMap<>();
        cells.put(ID, Double.valueOf(i.id));
        cells.put(STARTED, i.date);
        cells.put(SBI, i.sbiAsNumber ? (Object) Double.valueOf(i.sbi) : i.sbi);
        if (i.employees != null) {
            cells.put(EMPLOYEES, i.employeesAsText ? (Object) i.employees : Double.valueOf(i.employees));
        }
        for (Questionnaire.Item item : Questionnaire.ORDER) {
            if (item instanceof Questionnaire.Multiple m) {
                String[] ticks = i.ticks.get(m.name());
                for (int o = 0; o < ticks.length; o++) {
                    if (Interview.TICKED.equals(ticks[o])) {
                        cells.put(m.cawiColumn(o), m.options().get(o).cawiLabel());
                    }
                }
            } else {
                Questionnaire.Single q = (Questionnaire.Single) item;
                String label = label(q, i.answers.get(q.name()), i.noAnswerAsEmpty);
                if (label != null) {
                    cells.put(q.cawi(), label);
                }
            }
        }
        if (!i.otherText.isEmpty()) {
            cells.put(OTHER_TEXT, i.otherText);
        }
        planted.forEach((column, value) -> {
            if (value == null) {
                cells.remove(column);
            } else {
                cells.put(column, value);
            }
        });
        return cells;
    }

    private static String label(Questionnaire.Single q, String answer, boolean noAnswerAsEmpty) {
        return switch (answer) {
            case Interview.NO_ANSWER -> noAnswerAsEmpty ? null : Questionnaire.CAWI_NO_ANSWER;
            case Interview.NOT_ASKED -> null;
            case Interview.NOT_APPLICABLE -> Questionnaire.CAWI_NOT_APPLICABLE;
            default -> q.answers().stream().filter(a -> a.code().equals(answer)).findFirst().orElseThrow().cawiLabel();
        };
    }

    /**
     * Writes the workbook.
     *
     * @return the sheet row of each record (the header is row 1)
     */
    long[] write(Path file, List<Map<String, Object>> records) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet about = workbook.createSheet("Toelichting");
            String[] notes = {"Export Personeelstekort en werving 2025", "Veldwerk: 15 september - 14 november 2025",
                "Een aangevinkte optie bevat de tekst van de optie; niet aangevinkt is leeg.",
                "Niet gevraagde vragen (routing) zijn leeg."};
            for (int r = 0; r < notes.length; r++) {
                about.createRow(r).createCell(0).setCellValue(notes[r]);
            }
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            long[] rows = new long[records.size()];
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    put(row, c, records.get(r).get(header.get(c)), date);
                }
                rows[r] = r + 2L;
            }
            workbook.write(out);
            return rows;
        }
    }

    private static void put(Row row, int column, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
