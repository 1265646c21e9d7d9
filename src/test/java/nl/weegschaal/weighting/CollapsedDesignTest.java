package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.Engine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The variance uses the collapsed design: weighing with collapsed strata gives exactly the
 * estimates of the same data whose strata columns were recoded to the collapsed strata (and the
 * frame summed accordingly) — a design whose estimates are checked against survey elsewhere.
 */
class CollapsedDesignTest {
    static final Path DATA = Path.of("src/test/resources/reference/rake2");
    static final List<String> STRATA = List.of("sector", "size");
    static final Engine.Columns SCHEMA = new Engine.Columns("id", STRATA, List.of("q1", "q2", "q4"),
            List.of("region"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void collapsedEstimatesEqualThoseOfTheRecodedDesign(WeightingMethod method) throws Exception {
        Engine.Result result = Engine.run(DATA.resolve("rake2.csv"), DATA.resolve("rake2_frame.csv"), SCHEMA, method,
                LonelyPsu.ADJUST, 0.95, "--collapse-below", "25");
        List<Map<String, Object>> strata = DuckDb.query(result.file(), "SELECT sector, size, collapsed_stratum, "
                + "design_population FROM strata WHERE NOT dropped");
        assertThat(strata).as("the rake2 data has strata below 25")
                .anyMatch(s -> !s.get("collapsed_stratum").equals(s.get("sector") + " x " + s.get("size")));
        List<Estimate> collapsed = result.estimates();

        Map<String, String> recode = recodeFiles(strata);
        List<Estimate> recoded = Engine.run(dir.resolve("r.csv"), dir.resolve("f.csv"), SCHEMA, method,
                LonelyPsu.ADJUST, 0.95).estimates();

        assertThat(collapsed).hasSameSizeAs(recoded).isNotEmpty();
        for (int i = 0; i < collapsed.size(); i++) {
            Estimate a = collapsed.get(i);
            Estimate b = recoded.get(i);
            assertThat(a.variable() + a.level() + a.domainValue()).isEqualTo(b.variable() + b.level() + b.domainValue());
            assertThat(a.estimate()).isCloseTo(b.estimate(), within(1e-12));
            assertThat(a.se()).isCloseTo(b.se(), within(1e-12));
            assertThat(a.df()).isEqualTo(b.df());
        }
        assertThat(recode).isNotEmpty();
    }

    /**
     * Writes responses and frame with the strata columns replaced by the collapsed strata's values, from
     * the published {@code strata} table (each original stratum with its collapsed stratum and its N).
     */
    private Map<String, String> recodeFiles(List<Map<String, Object>> strata) throws Exception {
        Map<String, String> recode = new LinkedHashMap<>();
        Map<String, List<String>> keyOf = new LinkedHashMap<>();
        Map<String, Double> population = new LinkedHashMap<>();
        for (Map<String, Object> s : strata) {
            String collapsed = (String) s.get("collapsed_stratum");
            keyOf.put(s.get("sector") + " x " + s.get("size"), StratumKey.parse(collapsed).values());
            recode.put(s.get("sector") + " x " + s.get("size"), collapsed);
            population.put(collapsed, (Double) s.get("design_population"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = Files.newBufferedReader(DATA.resolve("rake2.csv"));
             CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(dir.resolve("r.csv")), CSVFormat.RFC4180)) {
            var records = format.parse(in);
            out.printRecord(records.getHeaderNames());
            for (CSVRecord r : records) {
                List<String> values = new ArrayList<>(r.toList());
                List<String> key = keyOf.get(r.get("sector") + " x " + r.get("size"));
                values.set(records.getHeaderNames().indexOf("sector"), key.get(0));
                values.set(records.getHeaderNames().indexOf("size"), key.get(1));
                out.printRecord(values);
            }
        }
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(dir.resolve("f.csv")), CSVFormat.RFC4180)) {
            out.printRecord("sector", "size", "N");
            for (Map.Entry<String, Double> s : population.entrySet()) {
                List<String> key = StratumKey.parse(s.getKey()).values();
                out.printRecord(key.get(0), key.get(1), String.valueOf(s.getValue().longValue()));
            }
        }
        return recode;
    }
}
