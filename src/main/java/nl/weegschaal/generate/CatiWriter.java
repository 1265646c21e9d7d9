package nl.weegschaal.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the telephone (CATI) export {@code cati.csv}: UTF-8 without BOM, semicolon-separated,
 * LF line ends, one header line with the CATI column names of the job spec. Answers are the
 * codebook's numeric values ({@code 8}: weet niet, a level); item nonresponse is the code
 * {@value #NO_ANSWER} (geen antwoord, which the spec declares missing); multiple-response cells are
 * {@code 1} (ticked) or {@code 0} when asked and empty when not. No value ever needs quoting, so
 * lines are built by hand (fast).
 */
final class CatiWriter implements Closeable {
    static final String[] HEADER = {"RESPNR", "SBI2008", "WERKZAME_PERSONEN", "V601", "V602", "V603", "V604",
        "V605", "V606", "V607", "V608_1", "V608_2", "V608_3", "V608_4", "V608_5", "V608_6", "V608_7",
        "V609_1", "V609_2", "V609_3", "V609_4", "V609_5", "V609_6", "V609_7", "V610", "V611"};
    /** The code of "weet niet" to a numeric question (never a number: the spec declares it missing). */
    static final String NUMBER_DONT_KNOW = "99999";
    /** Codebook values of ai_gebruik, zeer_hoge_mate..helemaal_niet, weet_niet. */
    static final String[] AI_VALUES = {"1", "2", "3", "4", "5", "8"};
    /** Codebook values of ja, nee, weet_niet. */
    static final String[] YES_NO_VALUES = {"1", "2", "8"};
    /** The code of "geen antwoord": no answer, item nonresponse (not a level of the codebook). */
    static final String NO_ANSWER = "9";
    private static final char SEPARATOR = ';';

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    /** The number of the last line written; the header is line 1. */
    private long lineNumber;
    private int records;

    CatiWriter(Path path) throws IOException {
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write(String.join(String.valueOf(SEPARATOR), HEADER));
        out.write('\n');
        lineNumber = 1;
    }

    /** Appends one record and returns its line number (header = line 1). */
    long write(ExportRow row) throws IOException {
        line.setLength(0);
        line.append(row.id).append(SEPARATOR).append(row.sbi).append(SEPARATOR);
        if (row.employees != ExportRow.MISSING) {
            line.append(row.employees);
        }
        for (int q = 0; q < ExportRow.SINGLE; q++) {
            line.append(SEPARATOR);
            if (q == row.badAnswer) {
                line.append(row.badAnswerText);
            } else if (row.answers[q] != ExportRow.MISSING) {
                line.append((q == 0 ? AI_VALUES : YES_NO_VALUES)[row.answers[q]]);
            } else {
                line.append(NO_ANSWER);
            }
        }
        options(row.changing);
        options(row.disappearing);
        number(row.vacancies);
        number(row.jobsLost);
        line.append('\n');
        out.append(line);
        records++;
        return ++lineNumber;
    }

    /** A numeric answer: the number, 99999 for weet niet, empty for no answer. */
    private void number(int value) {
        line.append(SEPARATOR);
        if (value == ExportRow.DONT_KNOW) {
            line.append(NUMBER_DONT_KNOW);
        } else if (value != ExportRow.MISSING) {
            line.append(value);
        }
    }

    private void options(byte[] options) {
        for (byte option : options) {
            line.append(SEPARATOR);
            if (option != ExportRow.NOT_ASKED) {
                line.append(option == ExportRow.TICKED ? '1' : '0');
            }
        }
    }

    /** Data records written so far. */
    int records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
