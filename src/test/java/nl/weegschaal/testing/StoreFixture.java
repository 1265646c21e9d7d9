package nl.weegschaal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.SampleStrata;
import nl.weegschaal.ingest.HarmonisedRecord;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.job.WeighParameters;
import nl.weegschaal.job.WeighSpecs;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.DesignTables;
import nl.weegschaal.store.InputStaging;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.StagedValues;
import nl.weegschaal.store.StrataDerivation;
import nl.weegschaal.store.Tallies;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;

/**
 * A work store holding a small response file (comma-separated, a header, no quoting; an empty cell is
 * no answer) staged as the ingest stages it, its {@code responses} derived and weighted by the engine's
 * own steps, for tests of what the engine computes from it (tallies of derived levels and options) that
 * {@code weigh}'s options cannot ask for. Every column but the strata and {@code id} is a variable.
 */
public final class StoreFixture {
    private StoreFixture() {
    }

    /** The store, the design formed from it, as the weights step forms and stores them, and the run's spec. */
    public record Weighted(RunStore store, Design design, WaveSpec spec) {
        /** The engine's tallies of these targets for the total and each of the domains. */
        public Tallies tallies(List<EstimationTarget> targets, List<String> domains) throws Exception {
            return new Tallies(store, StagedValues.read(store, spec), design.strataColumns(), targets, domains,
                    design.strataCount());
        }
    }

    public static Weighted weigh(Path dir, Path responses, Path frame, List<String> strata, WeightingMethod method)
            throws Exception {
        List<String> lines = Files.readAllLines(responses);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> variables = header.stream().filter(c -> !c.equals("id") && !strata.contains(c)).toList();
        WaveSpec spec = WeighSpecs.of(new WeighParameters(responses, frame, "N", strata, variables, List.of(), method,
                LonelyPsu.ADJUST, 0.95, "id", dir.resolve("result.duckdb"), "test", 0, List.of(), TrimRule.NONE));
        RunStore store = RunStore.open(dir.resolve("work.duckdb"));
        stage(store, spec, header, lines);
        new StrataDerivation(store, spec).derive();
        DesignTables tables = new DesignTables(store, spec);
        DesignTables.Counts counts = tables.respondentsPerStratum();
        SampleStrata sample = SampleStrata.of(counts.respondents(), counts.example(),
                FrameReader.read(frame, strata, "N"));
        tables.write(spec.weighting().weigh(strata, sample.sample(), sample.empty()));
        return new Weighted(store, tables.read(), spec);
    }

    /** Stages every record of the file, accepted, with its fields in the spec's order. */
    private static void stage(RunStore store, WaveSpec spec, List<String> header, List<String> lines) throws Exception {
        store.createIngestTables(spec.fields());
        InputStaging staging = store.staging(WeighSpecs.RESPONSES, 0, spec.fields());
        List<Harmoniser.Outcome> outcomes = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            List<String> cells = Arrays.asList(lines.get(line).split(",", -1));
            List<String> values = new ArrayList<>();
            for (String field : spec.fields()) {
                String cell = cells.get(header.indexOf(field));
                values.add(cell.isEmpty() ? null : cell);
            }
            String id = header.contains("id") ? cells.get(header.indexOf("id")) : null;
            outcomes.add(new Harmoniser.Outcome(new HarmonisedRecord(id, null, "r.csv", line + 1, values), List.of()));
        }
        staging.append(outcomes);
    }
}
