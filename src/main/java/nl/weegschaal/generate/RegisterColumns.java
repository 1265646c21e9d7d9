package nl.weegschaal.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The register and numeric columns of a synthetic wave for calibration: every establishment's
 * employees (the business register's werkzame personen, never missing) and three numeric answers with
 * item nonresponse and many zeros: open vacancies, jobs expected to disappear by AI (empty also for
 * weet niet) and employees trained; and {@code totals.csv}, the population totals to calibrate to:
 * the establishments per size class and per sector cluster (the frame's margins) and the employees of
 * the population, set 3% above what the stratified weights estimate, so that calibration has work to do.
 * Drawn from a stream of their own, so that every other column is the same with or without them.
 */
final class RegisterColumns {
    static final String[] HEADER = {"employees", "vacatures", "banen_verlies_verwacht", "opgeleid"};
    /** How far the register's employees lie above the stratified estimate. */
    private static final double REGISTER_OFFSET = 1.03;

    private final SplittableRandom random;
    private final double[] employeesPerStratum = new double[SyntheticFrame.STRATA];
    private final long[] respondentsPerStratum = new long[SyntheticFrame.STRATA];

    RegisterColumns(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** Fills {@code row[from..from+3]} for a respondent of stratum h. */
    void fill(Object[] row, int from, int h) {
        int employees = Respondents.employees(SyntheticFrame.sizeClassOf(h), random);
        employeesPerStratum[h] += employees;
        respondentsPerStratum[h]++;
        int vacancies = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(Math.max(1, employees / 10));
        double u = random.nextDouble();
        String lost = u < 0.70 ? "0" : u < 0.92 ? Integer.toString(1 + random.nextInt(Math.max(1, employees / 20))) : "";
        int trained = random.nextDouble() < 0.3 ? 0 : random.nextInt(Math.max(1, employees / 3) + 1);
        row[from] = Integer.toString(employees);
        row[from + 1] = random.nextDouble() < 0.02 ? "" : Integer.toString(vacancies);
        row[from + 2] = random.nextDouble() < 0.02 ? "" : lost;
        row[from + 3] = random.nextDouble() < 0.05 ? "" : Integer.toString(trained);
    }

    /** Writes {@code totals.csv}: size class and sector cluster from the frame, employees from the sample. */
    void writeTotals(Path path, long[] counts) throws IOException {
        StringBuilder text = new StringBuilder("variable,level,total\n");
        for (int c = 0; c < SyntheticFrame.SIZE_CLASSES.length; c++) {
            long n = 0;
            for (int h = 0; h < counts.length; h++) {
                n += SyntheticFrame.sizeClassOf(h) == c ? counts[h] : 0;
            }
            text.append("size_class,").append(SyntheticFrame.SIZE_CLASSES[c]).append(',').append(n).append('\n');
        }
        for (int s = 0; s < SyntheticFrame.SECTORS; s++) {
            long n = 0;
            for (int h = 0; h < counts.length; h++) {
                n += SyntheticFrame.sectorOf(h) == s ? counts[h] : 0;
            }
            text.append("sector_cluster,").append(SyntheticFrame.sectorCode(s)).append(',').append(n).append('\n');
        }
        double employees = 0;
        for (int h = 0; h < counts.length; h++) {
            employees += counts[h] * employeesPerStratum[h] / respondentsPerStratum[h];
        }
        text.append("employees,,").append(String.format(Locale.ROOT, "%d", Math.round(employees * REGISTER_OFFSET)))
                .append('\n');
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
