package nl.weegschaal.frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.weegschaal.weighting.CalibrationModel;
import org.jspecify.annotations.Nullable;

/**
 * The population totals a design is calibrated to ({@link CalibrationTotalsReader} reads them): per
 * categorical auxiliary (a strata column or a response column) the population count of each level,
 * per numeric auxiliary (e.g. the employees of the business register) its population total. The
 * calibration model is that of {@code calibrate(design, ~ a + b + x, population = ...)}: an intercept,
 * the indicators of every level of each categorical auxiliary but its first (R's treatment contrasts;
 * which level is left out changes neither the weights nor the variance), and each numeric auxiliary.
 *
 * @param file        where the totals were read, for messages
 * @param auxiliaries in the order of the file
 */
public record CalibrationTotals(Path file, List<Auxiliary> auxiliaries) {
    public CalibrationTotals {
        auxiliaries = List.copyOf(auxiliaries);
    }

    /**
     * One auxiliary variable.
     *
     * @param variable the column it is measured in
     * @param levels   a categorical auxiliary's levels with their population counts, in file order;
     *                 empty for a numeric auxiliary
     * @param total    the population total (a categorical auxiliary: the sum of its levels)
     * @param line     the line of the file where it is first given
     */
    public record Auxiliary(String variable, Map<String, Double> levels, double total, long line) {
        public Auxiliary {
            levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        }

        public boolean numeric() {
            return levels.isEmpty();
        }
    }

    /** The population size N the categorical auxiliaries add up to; null when there are none. */
    public @Nullable Double population() {
        return auxiliaries.stream().filter(a -> !a.numeric()).map(Auxiliary::total).findFirst().orElse(null);
    }

    /** The auxiliary variables' names, in file order. */
    public List<String> variables() {
        return auxiliaries.stream().map(Auxiliary::variable).toList();
    }

    /**
     * One auxiliary's values for every respondent: a categorical auxiliary's observed values with each
     * respondent's index into them (-1: missing), or a numeric auxiliary's numbers (NaN: missing).
     */
    public record Values(@Nullable List<String> observed, @Nullable int[] index, @Nullable double[] numbers) {
        public static Values categorical(List<String> observed, int[] index) {
            return new Values(List.copyOf(observed), index, null);
        }

        public static Values numeric(double[] numbers) {
            return new Values(null, null, numbers);
        }

        int size() {
            return index != null ? index.length : numbers.length;
        }
    }

    /**
     * The model rows of the respondents.
     *
     * @param frameTotal the population the intercept is calibrated to when no categorical auxiliary says it
     * @param values     per auxiliary (in order), every respondent's value
     * @param where      names respondent i for a message (file and line)
     * @throws FrameException naming the respondent and the auxiliary when a value is missing or not one
     *                        of the listed levels (categorical)
     */
    public CalibrationModel model(double frameTotal, List<Values> values, IntFunction<String> where) {
        int n = values.isEmpty() ? 0 : values.get(0).size();
        List<String> names = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        Double population = population();
        names.add("the population size (intercept)");
        totals.add(population == null ? frameTotal : population);
        int[][] columns = new int[auxiliaries.size()][];
        for (int a = 0; a < auxiliaries.size(); a++) {
            Auxiliary aux = auxiliaries.get(a);
            int first = names.size();
            if (aux.numeric()) {
                names.add(aux.variable() + " (total)");
                totals.add(aux.total());
                columns[a] = new int[] {first};
            } else {
                aux.levels().entrySet().stream().skip(1).forEach(level -> {
                    names.add(aux.variable() + " " + level.getKey());
                    totals.add(level.getValue());
                });
                columns[a] = columnOfEachObserved(aux, values.get(a), first, where);
            }
        }
        checkPresent(values, where);
        return rows(n, columns, values, totals.stream().mapToDouble(Double::doubleValue).toArray(), names);
    }

    /**
     * The model of the respondents' rows: the intercept, then each auxiliary's non-zero entry (its
     * value, or the indicator of its level unless that is the first). One loop over plain arrays: at a
     * million respondents by a few auxiliaries, a call per entry cost a tenth of a second.
     */
    private CalibrationModel rows(int n, int[][] columns, List<Values> values, double[] totals, List<String> names) {
        int auxiliaryCount = auxiliaries.size();
        int[][] index = new int[auxiliaryCount][];
        double[][] numbers = new double[auxiliaryCount][];
        for (int a = 0; a < auxiliaryCount; a++) {
            index[a] = values.get(a).index();
            numbers[a] = values.get(a).numbers();
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) { // the entries of each row first, so that the arrays are made at their size
            int entries = 1;
            for (int a = 0; a < auxiliaryCount; a++) {
                entries += entry(numbers[a], columns[a], index[a], i) != 0.0 ? 1 : 0;
            }
            start[i + 1] = start[i] + entries;
        }
        int[] column = new int[start[n]];
        double[] value = new double[column.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            column[k] = 0;
            value[k++] = 1.0;
            for (int a = 0; a < auxiliaryCount; a++) {
                double x = entry(numbers[a], columns[a], index[a], i);
                if (x != 0.0) {
                    column[k] = numbers[a] != null ? columns[a][0] : columns[a][index[a][i]];
                    value[k++] = x;
                }
            }
        }
        return CalibrationModel.sparse(start, column, value, totals, names);
    }

    /**
     * The model column of each observed value of a categorical auxiliary (0 for its first level, which
     * only the intercept carries); a value the totals do not list is an error naming a respondent with it.
     */
    private int[] columnOfEachObserved(Auxiliary aux, Values values, int first, IntFunction<String> where) {
        List<String> levels = List.copyOf(aux.levels().keySet());
        List<String> observed = values.observed();
        int[] column = new int[observed.size()];
        for (int j = 0; j < column.length; j++) {
            int level = levels.indexOf(observed.get(j).trim());
            if (level < 0) {
                int i = 0;
                while (values.index()[i] != j) {
                    i++;
                }
                throw new FrameException(where.apply(i) + ": " + aux.variable() + " is '" + observed.get(j).trim()
                        + "', which " + file.getFileName() + " does not list (its levels: " + String.join(", ", levels)
                        + "); every level of a calibration auxiliary needs its population count");
            }
            column[j] = level == 0 ? 0 : first + level - 1;
        }
        return column;
    }

    /**
     * Respondent i's entry of an auxiliary: a numeric one's value, or 1 for a level other than the
     * first (0: no entry).
     */
    private static double entry(double @Nullable [] numbers, int[] columns, int @Nullable [] index, int i) {
        return numbers != null ? numbers[i] : columns[index[i]] > 0 ? 1.0 : 0.0;
    }

    /**
     * Every respondent has a value of each auxiliary: else an error naming the first respondent without
     * one (and of its auxiliaries the first in order).
     */
    private void checkPresent(List<Values> values, IntFunction<String> where) {
        int first = Integer.MAX_VALUE;
        Auxiliary missing = null;
        for (int a = 0; a < auxiliaries.size(); a++) {
            Values column = values.get(a);
            for (int i = 0; i < Math.min(first, column.size()); i++) {
                if (column.numbers() != null ? Double.isNaN(column.numbers()[i]) : column.index()[i] < 0) {
                    first = i;
                    missing = auxiliaries.get(a);
                    break;
                }
            }
        }
        if (missing != null) {
            throw new FrameException(where.apply(first) + ": the calibration auxiliary " + missing.variable()
                    + " is missing; every respondent needs a value of each auxiliary in " + file.getFileName());
        }
    }
}
