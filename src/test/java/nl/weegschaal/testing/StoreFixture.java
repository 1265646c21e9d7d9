package nl.weegschaal.testing;

import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.SampleStrata;
import nl.weegschaal.job.WeighParameters;
import nl.weegschaal.job.WeighSpecs;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.DesignTables;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;

/**
 * A work store holding a small response file as the engine's {@code responses} table, weighted by the
 * engine's own steps, for tests of what the engine computes from it (tallies of derived levels and
 * options) that {@code weigh}'s options cannot ask for.
 */
public final class StoreFixture {
    private StoreFixture() {
    }

    /** The store and the design formed from it, as the weights step forms and stores them. */
    public record Weighted(RunStore store, Design design) {
    }

    public static Weighted weigh(Path dir, Path responses, Path frame, List<String> strata, WeightingMethod method)
            throws Exception {
        RunStore store = RunStore.open(dir.resolve("work.duckdb"));
        store.execute("CREATE OR REPLACE TABLE " + RunStore.RESPONSES + " AS SELECT *, 'r.csv' AS source, "
                + "row_number() OVER () + 1 AS line, row_number() OVER () AS record_number FROM read_csv("
                + RunStore.literal(responses.toString()) + ", all_varchar = true)");
        WaveSpec spec = WeighSpecs.of(new WeighParameters(responses, frame, "N", strata, List.of(), List.of(), method,
                LonelyPsu.ADJUST, 0.95, "id", dir.resolve("result.duckdb"), "test", 0, List.of(), TrimRule.NONE));
        DesignTables tables = new DesignTables(store, spec);
        DesignTables.Counts counts = tables.respondentsPerStratum();
        SampleStrata sample = SampleStrata.of(counts.respondents(), counts.example(),
                FrameReader.read(frame, strata, "N"));
        tables.write(spec.weighting().weigh(strata, sample.sample(), sample.empty()));
        return new Weighted(store, tables.read());
    }
}
