package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.publish.xlsx.Suppression.Status;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.ChangeRow;
import nl.weegschaal.result.PublishedCell;
import org.jspecify.annotations.Nullable;

/**
 * The content of one question's trend sheet, with each wave's publication rules applied as its own
 * workbook applies them; no POI. Per row (total, then each breakdown's values) and category, each wave's
 * cell is {@link QuestionTable#value} of the wave's published cell, or suppressed when the wave's
 * workbook hides the row ({@link Suppression}, per wave with its own respondents); the change from the
 * wave before is shown only where both cells are shown, and marked only where the catalog's
 * {@code changes.significant} is true and both cells are publishable.
 */
record TrendTable(TrendQuestion question, String base, List<String> waves, List<Row> rows) {

    /**
     * A row of the table.
     *
     * @param hidden per wave, whether that wave's workbook hides the row (too few respondents, or secondary)
     * @param cells per category, per wave: the cell as shown ({@code null} when the wave did not ask the question)
     * @param changes per category, per wave (index 0 unused, null): the change from the wave before
     */
    record Row(String label, String domainVar, String domainValue, boolean firstOfGroup, List<Boolean> hidden,
               List<List<QuestionTable.@Nullable Value>> cells, List<List<@Nullable Change>> changes) {
    }

    /**
     * A change as shown, in percentage points rounded to one decimal; {@code shown} false when a cell of
     * the pair is not shown (the change would reveal it), {@code significant} the mark.
     */
    record Change(boolean shown, double points, boolean significant, boolean indicative) {
        static final Change HIDDEN = new Change(false, Double.NaN, false, false);
    }

    static TrendTable build(TrendData data, TrendQuestion question, Labels labels) {
        String variable = question.variable();
        List<String> waves = data.waves().stream().map(w -> w.wave()).toList();
        List<Map<String, Status>> statuses = new ArrayList<>();
        for (String wave : waves) {
            statuses.add(statuses(data, wave, variable));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(data, question, waves, statuses, labels.total(), Estimate.TOTAL, Estimate.TOTAL, false));
        for (Breakdown breakdown : data.breakdowns()) {
            for (int i = 0; i < breakdown.heads().size(); i++) {
                Breakdown.Head head = breakdown.heads().get(i);
                rows.add(row(data, question, waves, statuses, head.label(), breakdown.column(), head.code(), i == 0));
            }
        }
        return new TrendTable(question, data.bases().get(variable), waves, rows);
    }

    /** Which rows the wave's workbook hides for this question, by {@code domainVar + NUL + domainValue}. */
    private static Map<String, Status> statuses(TrendData data, String wave, String variable) {
        Map<String, Long> n = new HashMap<>();
        for (Map.Entry<CellKey, PublishedCell> cell : data.cells().get(wave).entrySet()) {
            CellKey key = cell.getKey();
            Long respondents = cell.getValue().respondents();
            if (key.variable().equals(variable)) {
                n.merge(key.domainVar() + '\u0000' + key.domainValue(), respondents == null ? 0 : respondents,
                        Math::max);
            }
        }
        long totalN = n.getOrDefault(Estimate.TOTAL + '\u0000' + Estimate.TOTAL, 0L);
        List<List<Long>> counts = new ArrayList<>();
        for (Breakdown breakdown : data.breakdowns()) {
            counts.add(breakdown.heads().stream().map(h -> n.getOrDefault(breakdown.column() + '\u0000' + h.code(), 0L))
                    .toList());
        }
        Suppression.Outcome outcome = Suppression.decide(totalN, counts, data.minRespondents().get(wave));
        Map<String, Status> statuses = new HashMap<>();
        statuses.put(Estimate.TOTAL + '\u0000' + Estimate.TOTAL, outcome.total());
        for (int b = 0; b < data.breakdowns().size(); b++) {
            Breakdown breakdown = data.breakdowns().get(b);
            for (int i = 0; i < breakdown.heads().size(); i++) {
                statuses.put(breakdown.column() + '\u0000' + breakdown.heads().get(i).code(),
                        outcome.dimensions().get(b).get(i));
            }
        }
        return statuses;
    }

    private static Row row(TrendData data, TrendQuestion question, List<String> waves, List<Map<String, Status>> statuses,
                           String label, String domainVar, String domainValue, boolean first) {
        List<List<QuestionTable.@Nullable Value>> cells = new ArrayList<>();
        List<List<@Nullable Change>> changes = new ArrayList<>();
        for (QuestionTable.Category category : question.categories()) {
            CellKey key = new CellKey(question.variable(), category.code(), domainVar, domainValue);
            List<QuestionTable.@Nullable Value> values = new ArrayList<>();
            List<@Nullable Change> steps = new ArrayList<>();
            for (int w = 0; w < waves.size(); w++) {
                values.add(value(data, waves.get(w), statuses.get(w).get(domainVar + '\u0000' + domainValue), key,
                        question.variable()));
                steps.add(w == 0 ? null : change(data, w, key, values.get(w - 1), values.get(w)));
            }
            cells.add(values);
            changes.add(steps);
        }
        List<Boolean> hidden = new ArrayList<>();
        for (Map<String, Status> wave : statuses) {
            Status status = wave.get(domainVar + '\u0000' + domainValue);
            hidden.add(status != null && status.hidden());
        }
        return new Row(label, domainVar, domainValue, first, hidden, cells, changes);
    }

    /** The cell as the wave's workbook shows it; null when the wave has no cell of the question at all. */
    private static QuestionTable.@Nullable Value value(TrendData data, String wave, @Nullable Status row, CellKey key,
                                                       String variable) {
        Map<CellKey, PublishedCell> cells = data.cells().get(wave);
        if (cells.keySet().stream().noneMatch(k -> k.variable().equals(variable))) {
            return null;
        }
        if (row != null && row.hidden()) {
            return QuestionTable.Value.SUPPRESSED;
        }
        return QuestionTable.value(cells.get(key));
    }

    /**
     * The change from the wave before: the catalog's difference (the same one its test used), else the
     * difference of the two estimates; marked when the catalog found it significant and both cells are
     * publishable.
     */
    private static @Nullable Change change(TrendData data, int wave, CellKey key, QuestionTable.@Nullable Value before,
                                           QuestionTable.@Nullable Value now) {
        if (before == null || now == null) {
            return null;
        }
        if (before.suppressed() || now.suppressed()) {
            return Change.HIDDEN;
        }
        ChangeRow row = data.changes().get(wave).get(key);
        PublishedCell from = data.cells().get(data.waves().get(wave - 1).wave()).get(key);
        PublishedCell to = data.cells().get(data.waves().get(wave).wave()).get(key);
        double difference = row != null && row.difference() != null ? row.difference()
                : to.estimate() - from.estimate();
        boolean publishable = before.reliability() == Reliability.PUBLISHABLE
                && now.reliability() == Reliability.PUBLISHABLE;
        boolean significant = publishable && row != null && Boolean.TRUE.equals(row.significant());
        return new Change(true, CellMarks.points(difference), significant, before.indicative() || now.indicative());
    }

    /** Whether a wave hides a whole row (too few respondents, or to prevent recomputation). */
    boolean anyHidden() {
        return rows.stream().anyMatch(r -> r.hidden().contains(true));
    }

    /** Whether a cell of a row that its wave shows is suppressed. */
    boolean anySuppressed() {
        for (Row row : rows) {
            for (List<QuestionTable.@Nullable Value> values : row.cells()) {
                for (int w = 0; w < values.size(); w++) {
                    if (!row.hidden().get(w) && values.get(w) != null && values.get(w).suppressed()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean anyIndicative() {
        return rows.stream().flatMap(r -> r.cells().stream()).flatMap(List::stream)
                .anyMatch(v -> v != null && v.indicative());
    }

    boolean anyNotAsked() {
        return rows.stream().flatMap(r -> r.cells().stream()).flatMap(List::stream).anyMatch(v -> v == null);
    }

    boolean anySignificant() {
        return rows.stream().flatMap(r -> r.changes().stream()).flatMap(List::stream)
                .anyMatch(c -> c != null && c.significant());
    }
}
