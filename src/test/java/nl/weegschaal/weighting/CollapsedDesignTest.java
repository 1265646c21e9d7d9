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
import nl.weegschaal.estimation.TableEstimator;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.ingest.ResponseTable;
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
    static final ResponseSchema SCHEMA = new ResponseSchema("id", STRATA, List.of("q1", "q2", "q4"),
            List.of("region", "size"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void collapsedEstimatesEqualThoseOfTheRecodedDesign(WeightingMethod method) throws Exception {
        PopulationFrame frame = FrameReader.read(DATA.resolve("rake2_frame.csv"), STRATA, "N");
        ResponseTable table = Engine.read(DATA.resolve("rake2.csv"), SCHEMA, frame);
        WeightedStrata weighted = WeightedStrata.weigh(Weighting.of(method, LonelyPsu.ADJUST), STRATA,
                SampleStrata.of(table, frame), new StrataCollapse(25, List.of()));
        assertThat(weighted.collapsed()).as("the rake2 data has strata below 25").isTrue();
        List<Estimate> collapsed = new TableEstimator(weighted.design(), 0.95).estimate(
                table.withStrata(weighted.design().strata().stream().map(StratumWeight::key).toList(),
                        weighted.design().strata().stream().mapToInt(StratumWeight::respondents).toArray(),
                        weighted.remap(table.stratumOf())), SCHEMA.variables(), List.of("region"));

        Map<String, String> recode = recodeFiles(table, weighted);
        ResponseSchema recodedSchema = new ResponseSchema("id", STRATA, SCHEMA.variables(), List.of("region"));
        List<Estimate> recoded = Engine.run(dir.resolve("r.csv"), dir.resolve("f.csv"), recodedSchema, method,
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

    /** Writes responses and frame with the strata columns replaced by the collapsed strata's values. */
    private Map<String, String> recodeFiles(ResponseTable table, WeightedStrata weighted) throws Exception {
        Map<String, String> recode = new LinkedHashMap<>();
        Map<String, List<String>> keyOf = new LinkedHashMap<>();
        for (int h = 0; h < weighted.originals().size(); h++) {
            keyOf.put(weighted.originals().get(h).key().toString(), weighted.stratumOf(h).key().values());
            recode.put(weighted.originals().get(h).key().toString(), weighted.stratumOf(h).key().toString());
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
            for (StratumWeight s : weighted.design().strata()) {
                out.printRecord(s.key().values().get(0), s.key().values().get(1), s.population());
            }
        }
        return recode;
    }
}
