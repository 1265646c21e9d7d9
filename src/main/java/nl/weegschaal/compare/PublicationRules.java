package nl.weegschaal.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.publish.xlsx.CellMarks;
import nl.weegschaal.publish.xlsx.Suppression;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.spec.WaveSpec;

/**
 * Which cells of a result are publishable. A result that stores a {@code reliability} per cell is
 * taken at its word. For an older result the workbook's rules are applied, with their default
 * thresholds (a result does not record its spec's {@code publication} keys): per table (variable) the
 * primary and secondary suppression of {@link Suppression}, over the domains the result holds, and
 * without an indicative mark (the rules that set it need the stored intervals and degrees of freedom).
 */
public final class PublicationRules {
    private static final WaveSpec.Publication RULES = WaveSpec.Publication.DEFAULT;

    private PublicationRules() {
    }

    /** The rule applied to a result, in words, for the {@code comparison} table and the summary. */
    public static String describe(ResultFile result) {
        if (!result.reliability().isEmpty()) {
            return "the result's reliability column";
        }
        return String.format(Locale.ROOT, "the workbook's suppression with default thresholds (a result made "
                + "before reliability was stored): suppressed below %d respondents or to prevent recomputation",
                RULES.minRespondents());
    }

    /** Every cell's reliability: the stored one, or the workbook's rules. */
    public static Map<CellKey, Publishability> of(ResultFile result) {
        Map<CellKey, Publishability> reliability = new LinkedHashMap<>();
        if (!result.reliability().isEmpty()) {
            for (CellKey key : result.cells().keySet()) {
                String stored = result.reliability().get(key);
                reliability.put(key, stored == null ? new Publishability(Reliability.SUPPRESSED,
                        "no reliability in the result") : Publishability.stored(stored));
            }
            return reliability;
        }
        Map<String, Map<CellKey, Cell>> tables = new LinkedHashMap<>();
        result.cells().forEach((key, cell) -> tables.computeIfAbsent(key.variable(), v -> new LinkedHashMap<>())
                .put(key, cell));
        for (Map<CellKey, Cell> table : tables.values()) {
            reliability.putAll(ofTable(table));
        }
        return reliability;
    }

    /** One variable's cells: suppression per domain row, then the indicative mark per cell. */
    static Map<CellKey, Publishability> ofTable(Map<CellKey, Cell> cells) {
        Map<String, Map<String, Long>> respondents = new LinkedHashMap<>();
        for (Map.Entry<CellKey, Cell> cell : cells.entrySet()) {
            long n = cell.getValue().respondents() == null ? 0 : cell.getValue().respondents();
            respondents.computeIfAbsent(cell.getKey().domainVar(), d -> new LinkedHashMap<>())
                    .merge(cell.getKey().domainValue(), n, Math::max);
        }
        long totalN = respondents.getOrDefault(Estimate.TOTAL, Map.of()).getOrDefault(Estimate.TOTAL, 0L);
        List<String> dimensions = respondents.keySet().stream().filter(d -> !d.equals(Estimate.TOTAL)).toList();
        List<List<Long>> counts = new ArrayList<>();
        for (String dimension : dimensions) {
            counts.add(List.copyOf(respondents.get(dimension).values()));
        }
        Suppression.Outcome outcome = Suppression.decide(totalN, counts, RULES.minRespondents());
        Map<String, Suppression.Status> rows = new LinkedHashMap<>();
        rows.put(Estimate.TOTAL + '\u0000' + Estimate.TOTAL, outcome.total());
        for (int d = 0; d < dimensions.size(); d++) {
            List<String> values = List.copyOf(respondents.get(dimensions.get(d)).keySet());
            for (int i = 0; i < values.size(); i++) {
                rows.put(dimensions.get(d) + '\u0000' + values.get(i), outcome.dimensions().get(d).get(i));
            }
        }
        Map<CellKey, Publishability> reliability = new LinkedHashMap<>();
        for (Map.Entry<CellKey, Cell> cell : cells.entrySet()) {
            CellKey key = cell.getKey();
            Suppression.Status row = rows.get(key.domainVar() + '\u0000' + key.domainValue());
            long n = respondents.get(key.domainVar()).get(key.domainValue());
            reliability.put(key, cell(row, n, cell.getValue()));
        }
        return reliability;
    }

    private static Publishability cell(Suppression.Status row, long n, Cell cell) {
        if (row == Suppression.Status.PRIMARY) {
            return new Publishability(Reliability.SUPPRESSED,
                    "fewer than " + RULES.minRespondents() + " respondents, n = " + n);
        }
        if (row == Suppression.Status.SECONDARY) {
            return new Publishability(Reliability.SUPPRESSED,
                    "hidden so that a suppressed row of the table cannot be recomputed");
        }
        if (cell.se() == null) {
            return new Publishability(Reliability.INDICATIVE, "no standard error");
        }
        return Publishability.PUBLISHABLE;
    }
}
