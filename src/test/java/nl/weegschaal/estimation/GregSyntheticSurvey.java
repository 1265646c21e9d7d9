package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.GregCalibration;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;

/**
 * A synthetic establishment survey as the speed case: strata = 3 size classes x 16 sectors,
 * calibrated with logit bounds on size class + sector + employees (p = 19: intercept, 2 size
 * indicators, 15 sector indicators, employees), categorical answers of 4 levels with nonresponse,
 * numeric answers with nonresponse. Stratum 0 can be made lonely and stratum 1 a census.
 */
final class GregSyntheticSurvey {
    static final int SIZES = 3;
    static final int SECTORS = 16;

    final int n;
    final int[] stratum;
    final int[] size;
    final int[] sector;
    final double[] employees;
    final Design design;
    private final SplittableRandom random;

    GregSyntheticSurvey(int n, long seed, boolean lonelyAndCertain, LonelyPsu rule) {
        this.n = n;
        this.random = new SplittableRandom(seed);
        int strata = SIZES * SECTORS;
        stratum = new int[n];
        size = new int[n];
        sector = new int[n];
        employees = new double[n];
        int[] count = new int[strata];
        for (int i = 0; i < n; i++) {
            // with a lonely stratum 0 (respondent 0 alone) and the rest spread over strata 1..47
            int h = !lonelyAndCertain ? random.nextInt(strata) : i == 0 ? 0 : 1 + random.nextInt(strata - 1);
            stratum[i] = h;
            size[i] = h / SECTORS;
            sector[i] = h % SECTORS;
            employees[i] = Math.round((5 + 40 * size[i]) * Math.exp(random.nextGaussian() * 0.5));
            count[h]++;
        }
        List<StratumWeight> weights = new ArrayList<>();
        double[] population = new double[strata];
        for (int h = 0; h < strata; h++) {
            boolean census = lonelyAndCertain && h == 1;
            population[h] = census ? count[h] : Math.max(count[h], Math.round(count[h] * (5 + h % 7)));
            weights.add(new StratumWeight(StratumKey.of("s" + h), population[h], count[h], population[h] / count[h]));
        }
        Design stratified = new Design(WeightingMethod.STRATIFIED, rule, List.of("stratum"), weights);
        GregCalibration logit = new GregCalibration(CalibrationFunction.LOGIT, new CalibrationBounds(0.5, 2.0), 50);
        design = stratified.calibrated(logit, model(population), stratum);
    }

    private CalibrationModel model(double[] population) {
        int p = 1 + (SIZES - 1) + (SECTORS - 1) + 1;
        double[][] rows = new double[n][p];
        double[] totals = new double[p];
        List<String> names = new ArrayList<>();
        names.add("(Intercept)");
        for (int s = 1; s < SIZES; s++) {
            names.add("size" + s);
        }
        for (int s = 1; s < SECTORS; s++) {
            names.add("sector" + s);
        }
        names.add("employees");
        double employed = 0;
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            row[0] = 1;
            if (size[i] > 0) {
                row[size[i]] = 1;
            }
            if (sector[i] > 0) {
                row[SIZES - 1 + sector[i]] = 1;
            }
            row[p - 1] = employees[i];
            employed += employees[i] * population[stratum[i]] / countOf(stratum[i]);
        }
        for (int h = 0; h < population.length; h++) {
            totals[0] += population[h];
            if (h / SECTORS > 0) {
                totals[h / SECTORS] += population[h];
            }
            if (h % SECTORS > 0) {
                totals[SIZES - 1 + h % SECTORS] += population[h];
            }
        }
        totals[p - 1] = employed * 1.02;
        return new CalibrationModel(rows, totals, names);
    }

    private int[] counts;

    private int countOf(int h) {
        if (counts == null) {
            counts = new int[SIZES * SECTORS];
            for (int s : stratum) {
                counts[s]++;
            }
        }
        return counts[h];
    }

    /** A categorical answer of {@code levels} levels depending on size and sector; -1 for nonresponse. */
    int[] answers(int levels, double nonresponse) {
        int[] answer = new int[n];
        for (int i = 0; i < n; i++) {
            answer[i] = random.nextDouble() < nonresponse ? -1
                    : (int) Math.min(levels - 1, Math.floor(random.nextDouble() * levels * (0.6 + 0.1 * size[i])
                            + 0.02 * sector[i]));
        }
        return answer;
    }

    /** A numeric answer related to employees; NaN for nonresponse. */
    double[] numbers(double nonresponse) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < nonresponse ? Double.NaN
                    : Math.max(0, Math.round(0.05 * employees[i] + random.nextGaussian() * 2));
        }
        return y;
    }
}
