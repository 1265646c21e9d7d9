package nl.weegschaal.testing;

import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.TableEstimator;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.ingest.ResponseTableBuilder;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.SampleStrata;
import nl.weegschaal.weighting.Weighting;
import nl.weegschaal.weighting.WeightingMethod;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Runs the plain-Java engine (read, weigh, estimate) without Spring, for unit tests. */
public final class Engine {
    private Engine() {
    }

    public record Result(ResponseTable table, Design design, List<Estimate> estimates) {
    }

    public static Result run(Path responses, Path frameFile, ResponseSchema schema, WeightingMethod method,
                             LonelyPsu lonely, double level) throws Exception {
        PopulationFrame frame = FrameReader.read(frameFile, schema.strataColumns(), "N");
        ResponseTable table = read(responses, schema, frame);
        Design design = Weighting.of(method, lonely).weigh(schema.strataColumns(), SampleStrata.of(table, frame));
        List<Estimate> estimates = new TableEstimator(design, level).estimate(table, schema.variables(), schema.domains());
        return new Result(table, design, estimates);
    }

    public static ResponseTable read(Path responses, ResponseSchema schema, PopulationFrame frame) throws Exception {
        CsvRecordReader reader = new CsvRecordReader(responses, schema.requiredColumns());
        ResponseTableBuilder builder = new ResponseTableBuilder(schema, frame);
        reader.open(new ExecutionContext());
        try {
            builder.bind(reader.header());
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                builder.add(r);
            }
        } finally {
            reader.close();
        }
        return builder.build();
    }
}
