package nl.weegschaal.weighting;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The R reference of {@code src/test/r/make_calibration_reference.R}: apistrat's stratified design
 * calibrated on {@code ~ stype + enroll}, per case (calfun and bounds) the weights and estimates.
 */
final class CalibrationReference {
    static final Path DIR = Path.of("src/test/resources/reference/calibration");

    final List<CSVRecord> respondents = read("respondents.csv");
    final double[] designWeights = column(respondents, "design_weight");
    final double[] api00 = column(respondents, "api00");

    static List<CSVRecord> read(String file) {
        try (Reader in = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double[] column(List<CSVRecord> records, String name) {
        return records.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
    }

    /** The model.matrix of ~ stype + enroll with R's population totals. */
    CalibrationModel model() {
        double[][] rows = new double[respondents.size()][];
        for (int i = 0; i < rows.length; i++) {
            CSVRecord r = respondents.get(i);
            String stype = r.get("stype");
            rows[i] = new double[] {1, stype.equals("H") ? 1 : 0, stype.equals("M") ? 1 : 0,
                Double.parseDouble(r.get("enroll"))};
        }
        List<CSVRecord> population = read("population.csv");
        return new CalibrationModel(rows, column(population, "total"),
                population.stream().map(r -> r.get("name")).toList());
    }

    GregCalibration calibration(String caseName) {
        CSVRecord c = read("cases.csv").stream().filter(r -> r.get("case").equals(caseName)).findFirst().orElseThrow();
        CalibrationBounds bounds = new CalibrationBounds(bound(c.get("lower"), Double.NEGATIVE_INFINITY),
                bound(c.get("upper"), Double.POSITIVE_INFINITY));
        return new GregCalibration(CalibrationFunction.valueOf(c.get("calfun").toUpperCase()), bounds, 100);
    }

    private static double bound(String text, double none) {
        return text.isEmpty() ? none : Double.parseDouble(text);
    }

    double[] weights(String caseName) {
        return read("weights.csv").stream().filter(r -> r.get("case").equals(caseName))
                .mapToDouble(r -> Double.parseDouble(r.get("weight"))).toArray();
    }

    /** R's estimate and se of a statistic of a variable in a case: {estimate, se}. */
    double[] estimate(String caseName, String statistic, String variable) {
        CSVRecord r = read("estimates.csv").stream().filter(e -> e.get("case").equals(caseName)
                && e.get("statistic").equals(statistic) && e.get("variable").equals(variable)).findFirst().orElseThrow();
        return new double[] {Double.parseDouble(r.get("estimate")), Double.parseDouble(r.get("se"))};
    }

    /** Stratified SRSWOR variance with fpc of values v (survey's onestrat): sum_h (1-f_h) n_h/(n_h-1) S_h. */
    double stratifiedVariance(double[] v) {
        List<String> strata = respondents.stream().map(r -> r.get("stype")).distinct().toList();
        double variance = 0;
        for (String h : strata) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < respondents.size(); i++) {
                if (respondents.get(i).get("stype").equals(h)) {
                    rows.add(i);
                }
            }
            double n = rows.size();
            double population = Double.parseDouble(respondents.get(rows.get(0)).get("fpc"));
            double mean = rows.stream().mapToDouble(i -> v[i]).sum() / n;
            double squares = rows.stream().mapToDouble(i -> (v[i] - mean) * (v[i] - mean)).sum();
            variance += (1 - n / population) * n / (n - 1) * squares;
        }
        return variance;
    }
}
