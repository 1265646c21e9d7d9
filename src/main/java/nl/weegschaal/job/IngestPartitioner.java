package nl.weegschaal.job;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition of the ingest step per export of the spec, so each export is a restartable step of its own. */
class IngestPartitioner implements Partitioner {
    static final String INPUT = "input";
    static final String ORDER = "input_order";

    private final RunContext run;

    IngestPartitioner(RunContext run) {
        this.run = run;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        WaveSpec spec = run.spec();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(INPUT, spec.inputs().get(i).name());
            context.putInt(ORDER, i);
            partitions.put("ingest-" + spec.inputs().get(i).name(), context);
        }
        return partitions;
    }
}
