package nl.weegschaal.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A reference output of R's survey package: one row per (variable, level, domain_var, domain_value). */
public final class ReferenceTable {
    private final Map<String, CSVRecord> rows = new LinkedHashMap<>();

    private ReferenceTable() {
    }

    public static ReferenceTable load(Path file) throws IOException {
        ReferenceTable table = new ReferenceTable();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String domainVar = r.get("domain_var").equals("_total") ? "total" : r.get("domain_var");
                String domainValue = r.get("domain_value").equals("_total") ? "total" : r.get("domain_value");
                table.rows.put(key(r.get("variable"), r.get("level"), domainVar, domainValue), r);
            }
        }
        return table;
    }

    public static String key(String variable, String level, String domainVar, String domainValue) {
        return variable + "|" + level + "|" + domainVar + "|" + domainValue;
    }

    public Map<String, CSVRecord> rows() {
        return rows;
    }

    /** Reads {@code id,weight} pairs. */
    public static Map<String, Double> weights(Path file) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                weights.put(r.get(0), Double.parseDouble(r.get(1)));
            }
        }
        return weights;
    }

    /** A numeric cell, or null for NA. */
    public static Double number(CSVRecord row, String column) {
        String text = row.get(column);
        return text.isEmpty() || text.equals("NA") ? null : Double.valueOf(text);
    }
}
