package nl.weegschaal.estimation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationModel;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.GregCalibration;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The R reference of {@code src/test/r/make_greg_estimates_reference.R}: apistrat (with item
 * nonresponse) calibrated on {@code ~ stype + enroll} per case, the whole design or one whose stratum
 * H keeps a single school, and survey's cells.
 */
final class GregReference {
    static final Path DIR = Path.of("src/test/resources/reference/calibration");
    static final List<CSVRecord> CELLS = read("greg_estimates.csv");
    private static final int LONE_H_ROW = 13;

    final List<CSVRecord> rows;
    final Design design;

    /** @param designName full, lonely_adjust or lonely_remove */
    GregReference(String caseName, String designName) {
        boolean lonely = designName.startsWith("lonely");
        rows = read("greg_data.csv").stream().filter(r -> !lonely || !r.get("stype").equals("H")
                || Integer.parseInt(r.get("row")) == LONE_H_ROW).toList();
        LonelyPsu rule = designName.endsWith("remove") ? LonelyPsu.REMOVE : LonelyPsu.ADJUST;
        List<String> keys = List.of("E", "H", "M");
        List<StratumWeight> strata = new ArrayList<>();
        int[] stratum = new int[rows.size()];
        for (int h = 0; h < keys.size(); h++) {
            int n = 0;
            double population = 0;
            for (int i = 0; i < stratum.length; i++) {
                if (rows.get(i).get("stype").equals(keys.get(h))) {
                    stratum[i] = h;
                    n++;
                    population = Double.parseDouble(rows.get(i).get("fpc"));
                }
            }
            strata.add(new StratumWeight(StratumKey.of(keys.get(h)), population, n, population / n));
        }
        Design stratified = new Design(WeightingMethod.STRATIFIED, rule, List.of("stype"), strata);
        design = stratified.calibrated(calibration(caseName), model(), stratum);
    }

    static List<CSVRecord> read(String file) {
        try (Reader in = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CalibrationModel model() {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            String stype = rows.get(i).get("stype");
            x[i] = new double[] {1, stype.equals("H") ? 1 : 0, stype.equals("M") ? 1 : 0,
                Double.parseDouble(rows.get(i).get("enroll"))};
        }
        List<CSVRecord> population = read("population.csv");
        return new CalibrationModel(x, population.stream().mapToDouble(r -> Double.parseDouble(r.get("total")))
                .toArray(), population.stream().map(r -> r.get("name")).toList());
    }

    private static GregCalibration calibration(String caseName) {
        CSVRecord c = read("cases.csv").stream().filter(r -> r.get("case").equals(caseName)).findFirst().orElseThrow();
        CalibrationBounds bounds = new CalibrationBounds(bound(c.get("lower"), Double.NEGATIVE_INFINITY),
                bound(c.get("upper"), Double.POSITIVE_INFINITY));
        return new GregCalibration(CalibrationFunction.valueOf(c.get("calfun").toUpperCase()), bounds, 100);
    }

    private static double bound(String text, double none) {
        return text.isEmpty() ? none : Double.parseDouble(text);
    }

    /** A text column's values, null where "NA". */
    List<String> text(String column) {
        return rows.stream().map(r -> r.get(column).equals("NA") ? null : r.get(column)).toList();
    }

    /** A numeric column, NaN where "NA". */
    double[] numbers(String column) {
        return rows.stream().mapToDouble(r -> r.get(column).equals("NA") ? Double.NaN
                : Double.parseDouble(r.get(column))).toArray();
    }

    /** The sorted distinct values of a column (C-locale order, as the R script). */
    List<String> values(String column) {
        return text(column).stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** Per respondent the index of its value in {@code values}, -1 where missing. */
    int[] indices(String column, List<String> values) {
        return text(column).stream().mapToInt(v -> v == null ? -1 : values.indexOf(v)).toArray();
    }

    /** The reference cells of one case, design and statistic. */
    static List<CSVRecord> cells(String caseName, String designName, String statistic) {
        return CELLS.stream().filter(r -> r.get("case").equals(caseName) && r.get("design").equals(designName)
                && r.get("statistic").equals(statistic)).toList();
    }

    /** A reference number; null for NA (or an empty field). */
    static Double number(CSVRecord r, String column) {
        String text = r.get(column);
        return text.isEmpty() || text.equals("NA") ? null : Double.valueOf(text);
    }
}
