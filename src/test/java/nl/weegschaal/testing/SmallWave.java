package nl.weegschaal.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small hand-made wave for tests of how exports are described: a spec with one single-choice
 * question ({@code gebruik}: ja 1, nee 2, weet_niet 8) and one multiple-response question asked of
 * those who answered ja ({@code welke}: options {@code admin}, {@code ict}), a CATI export
 * ({@code cati.csv}: RESPNR;SBI;WP;Q1;Q2_1;Q2_2, codes) and a CAWI export ({@code cawi.xlsx}, sheet
 * {@code Antwoorden}: Nummer, SBI, Personeel, Gebruik, Admin, ICT, labels), and the sample wave's
 * frame. Tests add keys to either input and to the codebook by replacing the marked lines.
 */
public final class SmallWave {
    public static final String CATI_HEADER = "RESPNR;SBI;WP;Q1;Q2_1;Q2_2";
    public static final List<String> CAWI_HEADER = List.of("Nummer", "SBI", "Personeel", "Gebruik", "Admin", "ICT");

    private static final String SPEC = """
            wave: small
            survey: Small test wave
            source_line: "Bron: test"
            root: ..
            inputs:
              - name: cati
                mode: CATI
                file: ../data/cati.csv
                format: csv
                delimiter: ";"
                answers: codes
                # cati keys
                columns: {id: RESPNR, sbi: SBI, employees: WP, gebruik: Q1, welke.admin: Q2_1, welke.ict: Q2_2}
              - name: cawi
                mode: CAWI
                file: ../data/cawi.xlsx
                format: xlsx
                sheet: Antwoorden
                answers: labels
                # cawi keys
                columns: {id: Nummer, sbi: SBI, employees: Personeel, gebruik: Gebruik, welke.admin: Admin,
                          welke.ict: ICT}
            codebook:
              gebruik:
                question: Gebruikt u AI?
                asked_of: all
                dont_know: weet_niet
                # gebruik keys
                levels:
                  - {code: ja, value: 1, nl: Ja, en: "Yes"}
                  - {code: nee, value: 2, nl: Nee, en: "No"}
                  - {code: weet_niet, value: 8, nl: Weet niet, en: Don't know}
              welke:
                type: multiple
                question: Waarvoor?
                asked_of: {variable: gebruik, level: ja}
                # welke keys
                options:
                  - {code: admin, nl: Administratie, en: Administration}
                  - {code: ict, nl: ICT, en: ICT}
            strata:
              sector_cluster: {from: sbi, classification: uwv-sector-16}
              size_class:
                from: employees
                classes: [{code: 2-19, min: 2, max: 19}, {code: 20-99, min: 20, max: 99}, {code: 100+, min: 100}]
            frame: {file: ../data/frame.csv, count: N}
            weighting: {method: stratified, lonely_psu: adjust}
            domains: [size_class]
            rejects: {max_share: 0.5}
            output: {dir: ../out}
            """;

    private final Path dir;
    private String spec = SPEC;

    private SmallWave(Path dir) {
        this.dir = dir;
    }

    /** A small wave in {@code dir} with empty exports (a header only) and the sample frame. */
    public static SmallWave in(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jobs"));
        Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("sample-data/wave-2024/frame.csv"), dir.resolve("data/frame.csv"));
        SmallWave wave = new SmallWave(dir);
        wave.cati();
        wave.cawi();
        return wave;
    }

    /** Adds YAML lines to the spec where {@code # <where> keys} stands (cati, cawi, gebruik, welke). */
    public SmallWave with(String where, String yaml) {
        String marker = "# " + where + " keys";
        int at = spec.indexOf(marker);
        String indent = spec.substring(spec.lastIndexOf('\n', at) + 1, at);
        spec = spec.replace(marker, yaml.strip().replace("\n", "\n" + indent) + "\n" + indent + marker);
        return this;
    }

    /** Replaces text in the spec. */
    public SmallWave replace(String from, String to) {
        if (!spec.contains(from)) {
            throw new IllegalArgumentException("the small wave's spec has no '" + from + "'");
        }
        spec = spec.replace(from, to);
        return this;
    }

    /** Writes the CATI export: the header and these lines (fields separated by ;). */
    public SmallWave cati(String... lines) throws IOException {
        return catiWith(CATI_HEADER, lines);
    }

    /** Writes the CATI export with another header (a test that maps more columns). */
    public SmallWave catiWith(String header, String... lines) throws IOException {
        Files.writeString(dir.resolve("data/cati.csv"), header + "\n" + String.join("\n", lines)
                + (lines.length == 0 ? "" : "\n"), StandardCharsets.UTF_8);
        return this;
    }

    /** Writes the CAWI export: the header and these rows (a null or empty cell is left out). */
    public SmallWave cawi(String[]... rows) throws IOException {
        return cawiWith(CAWI_HEADER, rows);
    }

    /** Writes the CAWI export with another header; a cell {@code #12.5} is a number cell. */
    public SmallWave cawiWith(List<String> header, String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                dir.resolve("data/cawi.xlsx"))) {
            Sheet sheet = workbook.createSheet("Antwoorden");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null && rows[r][c].startsWith("#")) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c].substring(1)));
                    } else if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return this;
    }

    /** Writes the spec and returns its path. */
    public Path spec() throws IOException {
        return Files.writeString(dir.resolve("jobs/small.yml"), spec, StandardCharsets.UTF_8);
    }

    /** The result file a run writes. */
    public Path result() {
        return dir.resolve("out/small.duckdb");
    }
}
