package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.publish.xlsx.Suppression.Status;
import nl.weegschaal.result.Cell;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * The content of one question's sheet, with the publication rules applied; no POI.
 *
 * @param categories the answer categories: plain levels (or options) in codebook order, then derived levels
 * @param rows       the total, then each breakdown's rows
 */
record QuestionTable(Question question, String sheet, String title, String base, List<Category> categories,
                     List<Row> rows) {

    /** A column pair (percentage, margin). */
    record Category(String code, String label, boolean plain) {
    }

    /**
     * A row of the table.
     *
     * @param domainVar   {@code total} or a breakdown's column
     * @param firstOfGroup whether the row starts a breakdown
     * @param values      one per category; empty when the row is hidden
     */
    record Row(String label, String domainVar, String domainValue, long n, Status status, boolean firstOfGroup,
               List<Value> values) {
    }

    /** A shown cell pair: percentage and margin in percentage points, as shown, and whether it is indicative. */
    record Value(double percent, double margin, boolean indicative) {
    }

    static QuestionTable build(WaveSpec spec, Question question, ResultData data, Labels labels,
                               List<Breakdown> breakdowns) {
        List<Category> categories = new ArrayList<>();
        for (Level level : question.levels()) {
            categories.add(new Category(level.code(), labels.level(level), true));
        }
        for (DerivedLevel level : question.derived()) {
            categories.add(new Category(level.code(), labels.level(level), false));
        }
        String variable = question.name();
        long totalN = data.n(variable, Estimate.TOTAL, Estimate.TOTAL);
        List<List<Long>> counts = new ArrayList<>();
        for (Breakdown breakdown : breakdowns) {
            counts.add(breakdown.heads().stream()
                    .map(h -> data.n(variable, breakdown.column(), h.code())).toList());
        }
        WaveSpec.Publication rules = spec.publication();
        Suppression.Outcome outcome = Suppression.decide(totalN, counts, rules.minRespondents());

        List<Row> rows = new ArrayList<>();
        rows.add(row(data, variable, categories, labels.total(), Estimate.TOTAL, Estimate.TOTAL, totalN,
                outcome.total(), false, rules));
        for (int b = 0; b < breakdowns.size(); b++) {
            Breakdown breakdown = breakdowns.get(b);
            for (int i = 0; i < breakdown.heads().size(); i++) {
                Breakdown.Head head = breakdown.heads().get(i);
                rows.add(row(data, variable, categories, head.label(), breakdown.column(), head.code(),
                        counts.get(b).get(i), outcome.dimensions().get(b).get(i), i == 0, rules));
            }
        }
        return new QuestionTable(question, labels.sheet(question), labels.question(question),
                base(spec, question, labels), categories, rows);
    }

    private static Row row(ResultData data, String variable, List<Category> categories, String label,
                           String domainVar, String domainValue, long n, Status status, boolean first,
                           WaveSpec.Publication rules) {
        List<Value> values = new ArrayList<>();
        if (!status.hidden()) {
            for (Category category : categories) {
                @Nullable Cell cell = data.cell(variable, category.code(), domainVar, domainValue);
                // a level nobody in the domain chose has no row in the estimates: a real 0%
                double percent = cell == null ? 0 : CellMarks.points(cell.estimate());
                double margin = cell == null ? 0 : CellMarks.marginPoints(cell.se());
                values.add(new Value(percent, margin, CellMarks.indicative(margin, rules.indicativeHalfWidth())));
            }
        }
        return new Row(label, domainVar, domainValue, n, status, first, values);
    }

    private static String base(WaveSpec spec, Question question, Labels labels) {
        String filter = question.askedOf().variable();
        if (filter == null) {
            return labels.everyone();
        }
        Question asked = spec.codebook().get(filter);
        if (asked == null) {
            return labels.filtered(question.askedOf().levels(), filter);
        }
        List<String> answers = new ArrayList<>();
        for (String code : question.askedOf().levels()) {
            Level level = asked.level(code);
            DerivedLevel derived = asked.derived().stream().filter(d -> d.code().equals(code)).findFirst().orElse(null);
            answers.add(level != null ? labels.level(level) : derived != null ? labels.level(derived) : code);
        }
        return labels.filtered(answers, labels.question(asked));
    }

    boolean anyHidden() {
        return rows.stream().anyMatch(r -> r.status().hidden());
    }

    boolean anyIndicative() {
        return rows.stream().flatMap(r -> r.values().stream()).anyMatch(Value::indicative);
    }
}
