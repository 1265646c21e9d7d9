package nl.weegschaal.frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.Numbers;
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
     * The model rows of the respondents.
     *
     * @param frameTotal the population the intercept is calibrated to when no categorical auxiliary says it
     * @param values     per auxiliary (in order), per respondent: its value as text (null: missing)
     * @param where      names respondent i for a message (file and line)
     * @throws FrameException naming the respondent and the auxiliary when a value is missing, not a
     *                        number (numeric) or not one of the listed levels (categorical)
     */
    public CalibrationModel model(double frameTotal, List<String[]> values, IntFunction<String> where) {
        int n = values.isEmpty() ? 0 : values.get(0).length;
        List<String> names = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        Double population = population();
        names.add("the population size (intercept)");
        totals.add(population == null ? frameTotal : population);
        int[] first = new int[auxiliaries.size()];
        for (int a = 0; a < auxiliaries.size(); a++) {
            Auxiliary aux = auxiliaries.get(a);
            first[a] = names.size();
            if (aux.numeric()) {
                names.add(aux.variable() + " (total)");
                totals.add(aux.total());
            } else {
                aux.levels().entrySet().stream().skip(1).forEach(level -> {
                    names.add(aux.variable() + " " + level.getKey());
                    totals.add(level.getValue());
                });
            }
        }
        double[][] rows = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            rows[i][0] = 1.0;
            for (int a = 0; a < auxiliaries.size(); a++) {
                fill(rows[i], first[a], auxiliaries.get(a), values.get(a)[i], i, where);
            }
        }
        return new CalibrationModel(rows, totals.stream().mapToDouble(Double::doubleValue).toArray(), names);
    }

    private void fill(double[] row, int first, Auxiliary aux, @Nullable String value, int i,
                      IntFunction<String> where) {
        if (value == null || value.isBlank()) {
            throw new FrameException(where.apply(i) + ": the calibration auxiliary " + aux.variable()
                    + " is missing; every respondent needs a value of each auxiliary in " + file.getFileName());
        }
        String text = value.trim();
        if (aux.numeric()) {
            row[first] = number(aux, text, i, where);
            return;
        }
        int index = 0;
        for (String level : aux.levels().keySet()) {
            if (level.equals(text)) {
                if (index > 0) {
                    row[first + index - 1] = 1.0;
                }
                return;
            }
            index++;
        }
        throw new FrameException(where.apply(i) + ": " + aux.variable() + " is '" + text + "', which "
                + file.getFileName() + " does not list (its levels: " + String.join(", ", aux.levels().keySet())
                + "); every level of a calibration auxiliary needs its population count");
    }

    private double number(Auxiliary aux, String text, int i, IntFunction<String> where) {
        try {
            double x = Double.parseDouble(text);
            if (Double.isFinite(x) && !text.endsWith("d") && !text.endsWith("f") && !text.endsWith("D")
                    && !text.endsWith("F")) {
                return x;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new FrameException(where.apply(i) + ": the calibration auxiliary " + aux.variable() + " is '" + text
                + "', which is not a number (its population total is " + Numbers.format(aux.total()) + ")");
    }
}
