package nl.weegschaal.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A wave's records kept in memory instead of written: what {@link WaveExportGenerator#records}
 * returns, so that a later wave can follow up the same establishments. A copy of every record in
 * the order the files would get them, and, once the wave is drawn, which of them were planted.
 */
final class WaveRecords implements ExportSink {
    private final List<ExportRow> cati = new ArrayList<>();
    private final List<ExportRow> cawi = new ArrayList<>();
    private List<PlantedRecord> planted = List.of();

    @Override
    public long cati(ExportRow row) {
        cati.add(row.copy());
        return cati.size() + 1L;
    }

    @Override
    public long cawi(ExportRow row) {
        cawi.add(row.copy());
        return cawi.size() + 1L;
    }

    void planted(List<PlantedRecord> records) {
        planted = List.copyOf(records);
    }

    /** The planted bad records, as {@link GeneratedExports#planted()} reports them. */
    List<PlantedRecord> planted() {
        return planted;
    }

    /** The valid respondents (planted records left out), CATI first, each in file order. */
    List<ExportRow> valid() {
        Set<String> bad = new HashSet<>();
        for (PlantedRecord record : planted) {
            bad.add(record.file() + ":" + record.lineOrRow());
        }
        List<ExportRow> valid = new ArrayList<>();
        addValid(cati, BadRecords.CATI, bad, valid);
        addValid(cawi, BadRecords.CAWI, bad, valid);
        return valid;
    }

    /** Every id in the wave, valid or planted. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        cati.forEach(row -> ids.add(row.id));
        cawi.forEach(row -> ids.add(row.id));
        return ids;
    }

    /** The largest number of an id {@code V<digits>} in the wave (0 if none), so new ids can follow it. */
    int largestIdNumber() {
        int largest = 0;
        for (String id : ids()) {
            if (id.matches("V\\d+")) {
                largest = Math.max(largest, Integer.parseInt(id.substring(1)));
            }
        }
        return largest;
    }

    private static void addValid(List<ExportRow> rows, String file, Set<String> bad, List<ExportRow> valid) {
        for (int i = 0; i < rows.size(); i++) {
            if (!bad.contains(file + ":" + (i + 2))) {
                valid.add(rows.get(i));
            }
        }
    }
}
