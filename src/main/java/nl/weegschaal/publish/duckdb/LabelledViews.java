package nl.weegschaal.publish.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RunStore;

/**
 * The views of a wave's result that an analyst queries without joining by hand or quoting a name:
 * {@code breakdowns} (the total, size classes and sector clusters with names and order),
 * {@code tables} (one row per published cell, labelled and ordered, percentages in points),
 * {@code respondents} (the responses with numbers as numbers, ticked options as 0/1, snake_case names,
 * labels and the weight) and {@code weight_summary} (the weight diagnostics with breakdown names). The
 * tables stay as they are, for the programs that read them; the views are made from them, so they
 * always agree.
 */
public final class LabelledViews {
    /** The optional columns of {@code estimates} that {@code tables} carries when the result has them. */
    static final List<String> OPTIONAL_ESTIMATE_COLUMNS = List.of("reliability", "reliability_reason", "statistic");

    private LabelledViews() {
    }

    /** Creates the views in a wave's result, which holds {@code estimates}, {@code codebook}, {@code responses}. */
    public static void create(Connection connection, WaveSpec spec) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(breakdownsSql(BreakdownLabels.of(spec)));
            List<String> optional = existing(statement, "estimates", OPTIONAL_ESTIMATE_COLUMNS);
            statement.execute(TablesView.sql(optional));
            if (optional.contains("statistic")) {
                statement.execute(TablesView.numericSql());
            }
            statement.execute(respondentsSql(spec, columns(statement, RunStore.RESPONSES)));
            statement.execute(TablesView.weightSummarySql());
        }
    }

    static String breakdownsSql(List<BreakdownLabels.Row> rows) {
        List<String> values = new ArrayList<>();
        for (BreakdownLabels.Row r : rows) {
            values.add("(" + String.join(", ", RunStore.literal(r.breakdown()), RunStore.literal(r.breakdownNl()),
                    RunStore.literal(r.breakdownEn()), Integer.toString(r.breakdownOrder()), RunStore.literal(r.value()),
                    RunStore.literal(r.nl()), RunStore.literal(r.en()), Integer.toString(r.order())) + ")");
        }
        return "CREATE VIEW breakdowns AS SELECT * FROM (VALUES " + String.join(", ", values) + ") AS b(breakdown, "
                + "breakdown_nl, breakdown_en, breakdown_order, domain_value, domain_nl, domain_en, domain_order)";
    }

    /**
     * {@code respondents}: every column of {@code responses} under a name without dots
     * ({@code functies_veranderen_welke.ict} becomes {@code functies_veranderen_welke_ict}), the number of
     * employees as a whole number, a multiple-response option as 0 (not ticked) or 1 (ticked), the names of
     * the size class and sector cluster with their order, and the respondent's weight.
     */
    static String respondentsSql(WaveSpec spec, List<String> columns) {
        List<String> multiple = spec.codebook().values().stream().filter(Question::multiple).map(Question::name)
                .toList();
        StringBuilder select = new StringBuilder("CREATE VIEW respondents AS SELECT ");
        StringBuilder from = new StringBuilder(" FROM " + RunStore.RESPONSES + " r JOIN weights w ON w.id = r.id");
        for (String column : columns) {
            String source = "r." + RunStore.quote(column);
            String option = column.contains(".") ? column.substring(0, column.indexOf('.')) : null;
            if (column.equals("employees")) {
                source = "TRY_CAST(" + source + " AS BIGINT)";
            } else if (spec.isNumeric(column)) {
                source = "TRY_CAST(" + source + " AS DOUBLE)";
            } else if (option != null && multiple.contains(option)) {
                source = "TRY_CAST(" + source + " AS INTEGER)";
            }
            select.append(source).append(" AS ").append(snakeCase(column)).append(", ");
        }
        for (String domain : spec.domains()) {
            if (columns.contains(domain)) {
                String b = "b_" + snakeCase(domain);
                select.append(b).append(".domain_nl AS ").append(snakeCase(domain)).append("_nl, ").append(b)
                        .append(".domain_en AS ").append(snakeCase(domain)).append("_en, ").append(b)
                        .append(".domain_order AS ").append(snakeCase(domain)).append("_order, ");
                from.append(" LEFT JOIN breakdowns ").append(b).append(" ON ").append(b).append(".breakdown = ")
                        .append(RunStore.literal(domain)).append(" AND ").append(b).append(".domain_value = r.")
                        .append(RunStore.quote(domain));
            }
        }
        return select.append("w.weight").append(from).toString();
    }

    /** A name that needs no quoting: lower case, every character but a letter, digit or _ made _. */
    static String snakeCase(String column) {
        String name = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** Which of these columns the table has (a column another version of the program may not write yet). */
    static List<String> existing(Statement statement, String table, List<String> wanted) throws SQLException {
        List<String> have = columns(statement, table);
        return wanted.stream().filter(have::contains).toList();
    }

    private static List<String> columns(Statement statement, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = 'main' AND table_name = " + RunStore.literal(table) + " ORDER BY ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }
}
