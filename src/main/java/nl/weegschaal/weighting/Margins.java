package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The margins of a set of strata: for each strata column, the category of every stratum. Raking
 * adjusts weights to these margins, and the raking variance projects on their dummies.
 */
public final class Margins {
    private final List<String> columns;
    private final int[][] categoryOf;
    private final List<List<String>> labels;

    private Margins(List<String> columns, int[][] categoryOf, List<List<String>> labels) {
        this.columns = columns;
        this.categoryOf = categoryOf;
        this.labels = labels;
    }

    /** One margin per strata column. */
    public static Margins of(List<String> strataColumns, List<StratumWeight> strata) {
        int[][] categoryOf = new int[strataColumns.size()][strata.size()];
        List<List<String>> labels = new ArrayList<>();
        for (int k = 0; k < strataColumns.size(); k++) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int h = 0; h < strata.size(); h++) {
                String value = strata.get(h).key().values().get(k);
                categoryOf[k][h] = index.computeIfAbsent(value, v -> index.size());
            }
            labels.add(List.copyOf(index.keySet()));
        }
        return new Margins(List.copyOf(strataColumns), categoryOf, List.copyOf(labels));
    }

    /** A single margin whose categories are the strata themselves (post-stratification). */
    public static Margins cells(int strata) {
        int[] identity = new int[strata];
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < strata; h++) {
            identity[h] = h;
            labels.add(Integer.toString(h));
        }
        return new Margins(List.of("stratum"), new int[][] {identity}, List.of(labels));
    }

    public int count() {
        return categoryOf.length;
    }

    public int categories(int margin) {
        return labels.get(margin).size();
    }

    /** The category of stratum h in margin k. */
    public int category(int margin, int stratum) {
        return categoryOf[margin][stratum];
    }

    /** {@code column = value}, for messages. */
    public String describe(int margin, int category) {
        return columns.get(margin) + " = " + labels.get(margin).get(category);
    }

    /** Margins are equal when they have the same columns and put every stratum in the same category. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Margins m && columns.equals(m.columns) && labels.equals(m.labels)
                && java.util.Arrays.deepEquals(categoryOf, m.categoryOf);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + java.util.Arrays.deepHashCode(categoryOf);
    }
}
