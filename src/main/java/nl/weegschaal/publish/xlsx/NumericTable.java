package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.NumericStatistic;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.publish.xlsx.Suppression.Status;
import nl.weegschaal.result.PublishedCell;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * The content of a numeric question's sheet, with the publication rules applied; no POI. Rows as on a
 * question's sheet (the total, then each breakdown's values); columns: the weighted total, the mean and
 * each ratio ({@code ratio_to}), each with its margin. A row whose domain has fewer respondents with a
 * value than {@code min_respondents} is hidden whole, with secondary suppression ({@link Suppression});
 * in a shown row each figure is shown, marked indicative or suppressed as the result's {@code reliability}
 * says ({@code NumericReliability}).
 *
 * @param columns the statistics shown: total, mean, then one per ratio (its denominator)
 */
record NumericTable(Question question, String sheet, String title, String base, List<Column> columns,
                    List<Row> rows) {

    /** A figure's column pair: which statistic ({@code total}, {@code mean}, {@code ratio}) of which variable. */
    record Column(NumericStatistic statistic, String variable, @Nullable String denominator) {
    }

    /** A row; {@code values} one per column, empty when the row is hidden. */
    record Row(String label, String domainVar, String domainValue, long n, Status status, boolean firstOfGroup,
               List<Value> values) {
    }

    /** A figure and its margin (half the published Wald interval), in the question's unit. */
    record Value(double estimate, double margin, Reliability reliability) {
        static final Value SUPPRESSED = new Value(Double.NaN, Double.NaN, Reliability.SUPPRESSED);

        boolean suppressed() {
            return reliability == Reliability.SUPPRESSED;
        }

        boolean indicative() {
            return reliability == Reliability.INDICATIVE;
        }
    }

    static NumericTable build(WaveSpec spec, Question question, ResultData data, Labels labels,
                              List<Breakdown> breakdowns) {
        String variable = question.name();
        List<Column> columns = new ArrayList<>(List.of(new Column(NumericStatistic.TOTAL, variable, null),
                new Column(NumericStatistic.MEAN, variable, null)));
        for (String denominator : Objects.requireNonNull(question.numeric()).ratioTo()) {
            columns.add(new Column(NumericStatistic.RATIO, variable + "/" + denominator, denominator));
        }
        long totalN = data.n(variable, Estimate.TOTAL, Estimate.TOTAL);
        List<List<Long>> counts = new ArrayList<>();
        for (Breakdown breakdown : breakdowns) {
            counts.add(breakdown.heads().stream().map(h -> data.n(variable, breakdown.column(), h.code())).toList());
        }
        Suppression.Outcome outcome = Suppression.decide(totalN, counts, spec.publication().minRespondents());
        List<Row> rows = new ArrayList<>();
        rows.add(row(data, columns, labels.total(), Estimate.TOTAL, Estimate.TOTAL, totalN, outcome.total(), false));
        for (int b = 0; b < breakdowns.size(); b++) {
            Breakdown breakdown = breakdowns.get(b);
            for (int i = 0; i < breakdown.heads().size(); i++) {
                Breakdown.Head head = breakdown.heads().get(i);
                rows.add(row(data, columns, head.label(), breakdown.column(), head.code(), counts.get(b).get(i),
                        outcome.dimensions().get(b).get(i), i == 0));
            }
        }
        return new NumericTable(question, labels.sheet(question), labels.question(question),
                QuestionTable.base(spec, question, labels), columns, rows);
    }

    private static Row row(ResultData data, List<Column> columns, String label, String domainVar, String domainValue,
                           long n, Status status, boolean first) {
        List<Value> values = new ArrayList<>();
        if (!status.hidden()) {
            for (Column column : columns) {
                values.add(value(data.published(column.variable(), column.statistic().code(), domainVar,
                        domainValue)));
            }
        }
        return new Row(label, domainVar, domainValue, n, status, first, values);
    }

    /** A figure as the result classified it; one the result lacks or cannot bound is suppressed. */
    static Value value(@Nullable PublishedCell cell) {
        if (cell == null || cell.reliability() == Reliability.SUPPRESSED || cell.estimate() == null
                || cell.lower() == null || cell.upper() == null) {
            return Value.SUPPRESSED;
        }
        return new Value(cell.estimate(), (cell.upper() - cell.lower()) / 2, cell.reliability());
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
