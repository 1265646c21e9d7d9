package nl.weegschaal.result;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.store.RunStore;

/**
 * Reads {@link RespondentAnswers} from a wave job's result: {@code responses} joined to {@code weights}
 * by id and to {@code strata} (its {@code collapsed_stratum}, {@code design_population} and
 * {@code design_respondents}: the strata the variance was estimated in), and the codebook's
 * multiple-response variables and derived levels. Only the text columns of {@code responses} are read (text,
 * or categories of text since results are written with {@code CategoryTypes}): the answers to categorical
 * questions and the domains (numbers are left out).
 */
final class RespondentAnswersQuery {
    /** Columns of {@code responses} that are neither an answer nor a domain. */
    private static final Set<String> NOT_ANSWERS = Set.of("id", "mode", "source", "line", "sbi", "employees");

    private RespondentAnswersQuery() {
    }

    static RespondentAnswers read(Connection connection, List<String> strataColumns) throws SQLException {
        List<DesignStratum> strata = ResultRows.of(connection, "SELECT any_value(design_population), "
                + "any_value(design_respondents) FROM strata WHERE NOT dropped GROUP BY collapsed_stratum "
                + "ORDER BY collapsed_stratum", r -> new DesignStratum(r.getDouble(1), r.getInt(2)));
        double[] population = strata.stream().mapToDouble(DesignStratum::population).toArray();
        int[] sampleSize = strata.stream().mapToInt(DesignStratum::respondents).toArray();
        List<String> answers = ResultRows.of(connection, "SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = 'main' AND table_name = 'responses' AND (data_type = 'VARCHAR' "
                + "OR data_type LIKE 'ENUM(%') "
                + "ORDER BY ordinal_position",
                ResultRows::text).stream().filter(c -> !NOT_ANSWERS.contains(c)).toList();
        String sql = select(strataColumns, answers);
        List<String> ids = new ArrayList<>();
        List<Integer> stratum = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        List<ColumnCoder> coders = answers.stream().map(c -> new ColumnCoder()).toList();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getString(1));
                stratum.add(r.getInt(2));
                weight.add(r.getDouble(3));
                for (int c = 0; c < answers.size(); c++) {
                    coders.get(c).add(r.getString(4 + c));
                }
            }
        }
        Map<String, CodedColumn> columns = new LinkedHashMap<>();
        for (int c = 0; c < answers.size(); c++) {
            columns.put(answers.get(c), coders.get(c).column());
        }
        return new RespondentAnswers(ids.toArray(String[]::new), stratum.stream().mapToInt(Integer::intValue).toArray(),
                population, sampleSize, weight.stream().mapToDouble(Double::doubleValue).toArray(), columns,
                multiple(connection), derived(connection));
    }

    private static String select(List<String> strataColumns, List<String> answers) {
        StringBuilder sql = new StringBuilder("SELECT r.id, s.stratum, w.weight");
        for (String column : answers) {
            sql.append(", r.").append(RunStore.quote(column));
        }
        String keys = String.join(", ", strataColumns.stream().map(RunStore::quote).toList());
        String on = String.join(" AND ", strataColumns.stream()
                .map(c -> "s." + RunStore.quote(c) + " = w." + RunStore.quote(c)).toList());
        sql.append(" FROM responses r JOIN weights w ON w.id = r.id JOIN (SELECT ").append(keys)
                .append(", dense_rank() OVER (ORDER BY collapsed_stratum) - 1 AS stratum FROM strata WHERE NOT dropped)"
                        + " s ON ").append(on).append(" ORDER BY r.id");
        return sql.toString();
    }

    private static Set<String> multiple(Connection connection) throws SQLException {
        return new HashSet<>(ResultRows.of(connection, "SELECT DISTINCT variable FROM codebook WHERE type = 'multiple'",
                ResultRows::text));
    }

    private static Map<String, Map<String, List<String>>> derived(Connection connection) throws SQLException {
        Map<String, Map<String, List<String>>> derived = new HashMap<>();
        for (String[] row : ResultRows.of(connection, "SELECT variable, level, combines FROM codebook "
                + "WHERE kind = 'derived' AND combines IS NOT NULL",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3)})) {
            derived.computeIfAbsent(row[0], v -> new HashMap<>()).put(row[1], Arrays.asList(row[2].split(",")));
        }
        return derived;
    }

    /** A variance stratum's N_h and n_h. */
    private record DesignStratum(double population, int respondents) {
    }

    /** Codes one column's values in the order they are first met. */
    private static final class ColumnCoder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int[] codes = new int[1024];
        private int size;

        void add(String value) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = value == null ? -1 : index.computeIfAbsent(value, this::append);
        }

        private int append(String value) {
            values.add(value);
            return values.size() - 1;
        }

        CodedColumn column() {
            return new CodedColumn(values.toArray(String[]::new), Arrays.copyOf(codes, size));
        }
    }
}
