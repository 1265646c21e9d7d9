package nl.weegschaal.testing.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated parts of the agency wave's README: text between {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->} is replaced, the rest is written by hand. The planted-records table is
 * also what {@code AgencyReferenceTest} and the R script read as the list of expected rejects.
 */
final class Readme {
    /** How a value the rejects table holds as NULL, or as an empty text, is shown in the planted table. */
    static final String NULL = "(null)";
    static final String EMPTY = "(empty)";

    private final Path file;
    private String text;

    Readme(Path file) throws IOException {
        this.file = file;
        this.text = Files.readString(file, StandardCharsets.UTF_8);
    }

    void replace(String block, String content) {
        String begin = "<!-- " + block + ":begin -->\n";
        String end = "<!-- " + block + ":end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(file + " has no block " + block);
        }
        text = text.substring(0, from + begin.length()) + content + text.substring(to);
    }

    void write() throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String strataTable(int[][] population, int[][] respondents, String[] sizes) {
        StringBuilder b = new StringBuilder("| sector | ");
        b.append(String.join(" | ", sizes)).append(" |\n|---|---|---|---|\n");
        for (int sector = 0; sector < population.length; sector++) {
            b.append(String.format("| %02d |", sector + 1));
            for (int size = 0; size < sizes.length; size++) {
                b.append(String.format(" %,d / %d |", population[sector][size], respondents[sector][size]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String plantedTable(List<Entry> planted) {
        StringBuilder b = new StringBuilder("| source | line | id | field | value | reason | what was planted |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Entry e : planted) {
            for (Entry.Expected r : e.rejects) {
                String id = e.cells.containsKey(OnlineExport.ID) && e.cells.get(OnlineExport.ID) == null ? NULL
                        : "`" + e.interview.id + "`";
                String value = r.value() == null ? NULL : r.value().isEmpty() ? EMPTY : "`" + r.value() + "`";
                b.append(String.format("| `%s` | %d | %s | `%s` | %s | %s | %s |%n", e.source, e.line, id, r.field(),
                        value, r.reason(), e.planted));
            }
        }
        return b.toString();
    }

    static String counts(int cati, int online, List<Entry> planted) {
        long rows = planted.stream().mapToLong(e -> e.rejects.size()).sum();
        long catiPlanted = planted.stream().filter(e -> e.source.equals(CatiExport.FILE)).count();
        return String.format("`levering/%s`: %,d records, %d of them planted bad ones; `levering/%s`: %,d rows, %d "
                + "of them planted bad ones. %d records are rejected, with %d rows in `rejects`; %,d respondents are "
                + "weighted.%n", CatiExport.FILE, cati, catiPlanted, OnlineExport.FILE, online,
                planted.size() - catiPlanted, planted.size(), rows, cati + online - planted.size());
    }
}
