package nl.weegschaal.testing.agency;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The telephone export as the agency's CATI system writes it: tab-separated, windows-1252, CRLF line
 * ends, a header row of question codes, numeric answer codes, SBI codes in CBS notation ({@code 47.19}),
 * text columns always in double quotes (doubled inside), and an interviewer's remark that may span lines.
 */
final class CatiExport {
    static final String FILE = "telefonisch.csv";
    static final Charset ENCODING = Charset.forName("windows-1252");
    static final String ID = "VESTIGING_NR";
    static final String SBI = "SBI_HOOFDACTIVITEIT";
    static final String EMPLOYEES = "WP_TOTAAL";
    private static final String INTERVIEWER = "INTERVIEWER";
    private static final String DATE = "DATUM_INTERVIEW";
    private static final String REMARK = "OPMERKING_ENQUÊTEUR";
    private static final Set<String> TEXT = Set.of(INTERVIEWER, REMARK);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final List<String> header = new ArrayList<>(List.of(ID, SBI, EMPLOYEES, INTERVIEWER, DATE));

    CatiExport() {
        for (Questionnaire.Item item : Questionnaire.ORDER) {
            if (item instanceof Questionnaire.Multiple m) {
                for (int o = 0; o < m.options().size(); o++) {
                    header.add(m.catiColumn(o));
                }
            } else {
                header.add(((Questionnaire.Single) item).cati());
            }
        }
        header.add(REMARK);
    }

    /** The cells of an interview, by column, with a planted record's cells put over them. */
    Map<String, String> cells(Interview i, Map<String, Object> planted) {
        Map<String, String> cells = new java.util.HashMap<>();
        cells.put(ID, i.id);
        cells.put(SBI, i.sbi.substring(0, 2) + "." + i.sbi.substring(2));
        cells.put(EMPLOYEES, i.employees == null ? "" : i.employees);
        cells.put(INTERVIEWER, i.interviewer);
        cells.put(DATE, i.date.format(DUTCH_DATE));
        cells.put(REMARK, i.comment);
        for (Questionnaire.Item item : Questionnaire.ORDER) {
            if (item instanceof Questionnaire.Multiple m) {
                String[] ticks = i.ticks.get(m.name());
                for (int o = 0; o < ticks.length; o++) {
                    cells.put(m.catiColumn(o), tick(ticks[o], i.notAskedAsNotTicked));
                }
            } else {
                Questionnaire.Single q = (Questionnaire.Single) item;
                cells.put(q.cati(), answer(q, i.answers.get(q.name())));
            }
        }
        planted.forEach((column, value) -> cells.put(column, value.toString()));
        return cells;
    }

    private static String answer(Questionnaire.Single q, String answer) {
        return switch (answer) {
            case Interview.NO_ANSWER -> Questionnaire.CATI_NO_ANSWER;
            case Interview.NOT_ASKED -> Questionnaire.CATI_NOT_ASKED;
            case Interview.BROKEN_OFF -> Questionnaire.CATI_BROKEN_OFF;
            case Interview.NOT_APPLICABLE -> Questionnaire.CATI_NOT_APPLICABLE;
            default -> q.answers().stream().filter(a -> a.code().equals(answer)).findFirst().orElseThrow().catiCode();
        };
    }

    private static String tick(String tick, boolean notAskedAsNotTicked) {
        return switch (tick) {
            case Interview.TICKED -> Questionnaire.CATI_TICKED;
            case Interview.NOT_TICKED -> Questionnaire.CATI_NOT_TICKED;
            case Interview.NO_ANSWER -> Questionnaire.CATI_NO_ANSWER;
            case Interview.BROKEN_OFF -> Questionnaire.CATI_BROKEN_OFF;
            default -> notAskedAsNotTicked ? Questionnaire.CATI_NOT_TICKED : Questionnaire.CATI_NOT_ASKED;
        };
    }

    /**
     * Writes the header and the records.
     *
     * @return the line on which each record starts (the header is line 1)
     */
    long[] write(Path file, List<Map<String, String>> records) throws IOException {
        long[] lines = new long[records.size()];
        long line = 1;
        try (Writer out = Files.newBufferedWriter(file, ENCODING)) {
            out.write(String.join("\t", header.stream().map(CatiExport::quoted).toList()) + "\r\n");
            for (int r = 0; r < records.size(); r++) {
                lines[r] = ++line;
                List<String> fields = new ArrayList<>();
                for (String column : header) {
                    String value = records.get(r).get(column);
                    fields.add(TEXT.contains(column) ? quoted(value) : value);
                    line += value.chars().filter(c -> c == '\n').count();
                }
                out.write(String.join("\t", fields) + "\r\n");
            }
        }
        return lines;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
