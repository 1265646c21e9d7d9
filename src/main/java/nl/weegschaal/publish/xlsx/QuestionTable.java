package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.publish.xlsx.Suppression.Status;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.result.PublishedCell;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * The content of one question's sheet, with the publication rules applied; no POI. A row whose domain
 * has fewer respondents than {@code publication.reliability.min_respondents} is hidden whole, with
 * secondary suppression on top ({@link Suppression}); in a shown row each cell is shown, marked as
 * indicative or suppressed as the result's {@code reliability} column says.
 *
 * @param categories the answer categories: plain levels (or options) in codebook order, then derived levels
 * @param rows       the total, then each breakdown's rows
 */
record QuestionTable(Question question, String sheet, String title, String base, List<Category> categories,
                     List<Row> rows) {

    /** A column pair (percentage, interval). */
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

    /**
     * A cell pair of a shown row: the percentage and the published interval's bounds in percentage
     * points, as shown (NaN when suppressed), and the cell's reliability from the result.
     */
    record Value(double percent, double lower, double upper, Reliability reliability) {
        static final Value SUPPRESSED = new Value(Double.NaN, Double.NaN, Double.NaN, Reliability.SUPPRESSED);

        /** Shown, marked as indicative (grey italics). */
        boolean indicative() {
            return reliability == Reliability.INDICATIVE;
        }

        /** Not shown: {@link CellMarks#HIDDEN} instead of the numbers. */
        boolean suppressed() {
            return reliability == Reliability.SUPPRESSED;
        }
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
                outcome.total(), false));
        for (int b = 0; b < breakdowns.size(); b++) {
            Breakdown breakdown = breakdowns.get(b);
            for (int i = 0; i < breakdown.heads().size(); i++) {
                Breakdown.Head head = breakdown.heads().get(i);
                rows.add(row(data, variable, categories, head.label(), breakdown.column(), head.code(),
                        counts.get(b).get(i), outcome.dimensions().get(b).get(i), i == 0));
            }
        }
        return new QuestionTable(question, labels.sheet(question), labels.question(question),
                base(spec, question, labels), categories, rows);
    }

    private static Row row(ResultData data, String variable, List<Category> categories, String label,
                           String domainVar, String domainValue, long n, Status status, boolean first) {
        List<Value> values = new ArrayList<>();
        if (!status.hidden()) {
            for (Category category : categories) {
                values.add(value(data.published(variable, category.code(), domainVar, domainValue)));
            }
        }
        return new Row(label, domainVar, domainValue, n, status, first, values);
    }

    /**
     * A cell as the result classified it. A cell the result lacks, or one without an estimate or a
     * published interval, has nothing that could be shown honestly, so it is suppressed as well.
     */
    static Value value(@Nullable PublishedCell cell) {
        if (cell == null || cell.reliability() == Reliability.SUPPRESSED || cell.estimate() == null
                || cell.lower() == null || cell.upper() == null) {
            return Value.SUPPRESSED;
        }
        return new Value(CellMarks.points(cell.estimate()), CellMarks.points(cell.lower()),
                CellMarks.points(cell.upper()), cell.reliability());
    }

    static String base(WaveSpec spec, Question question, Labels labels) {
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

    boolean anySuppressed() {
        return rows.stream().flatMap(r -> r.values().stream()).anyMatch(Value::suppressed);
    }

    boolean anyIndicative() {
        return rows.stream().flatMap(r -> r.values().stream()).anyMatch(Value::indicative);
    }
}
