package nl.weegschaal.job;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Future;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.PlainCsv;
import nl.weegschaal.ingest.RecordCheck;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.CsvBulkLoad;
import nl.weegschaal.store.InputStaging;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.SetHarmonising;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Ingests one export into the work store: its records harmonised, coded, with every problem. A plain
 * UTF-8 CSV export (one record per line) is read by DuckDB's parallel CSV reader and harmonised as a
 * set ({@link SetHarmonising}); any other export, and a CSV file DuckDB's reader refuses or reads
 * with other records than the streaming reader would, is read record by record
 * ({@link HarmonisedReader}), which also gives the exact message for a file that cannot be read. Both
 * stage the same tables. An export is always ingested from its first record: a restart clears what an
 * interrupted attempt staged, so the export is one unit of restart, as it was with the work store
 * cleared on open.
 */
class IngestExportTasklet implements Tasklet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestExportTasklet.class);
    static final String REJECTED = "rejected";
    private static final int CHUNK = 5_000;

    private final RunContext run;
    private final String input;
    private final int order;

    IngestExportTasklet(RunContext run, String input, int order) {
        this.run = run;
        this.input = input;
        this.order = order;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        WaveSpec spec = run.spec();
        InputSpec export = spec.inputs().stream().filter(i -> i.name().equals(input)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the spec has no input '" + input + "' any more"));
        Harmoniser harmoniser = new Harmoniser(spec, export);
        long[] counts;
        try (RunStore store = run.store()) {
            store.clearInput(order);
            counts = bulk(store, export, harmoniser);
            if (counts == null) {
                LOG.debug("{}: reading {} record by record", input, export.file().getFileName());
                store.clearInput(order);
                counts = stream(store, export, harmoniser, chunkContext);
            }
        }
        for (long r = 0; r < counts[0]; r++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(counts[0]);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(REJECTED, counts[1]);
        return RepeatStatus.FINISHED;
    }

    /** {records, rejected} of a plain CSV export read in bulk, or null when it must be read record by record. */
    private long @Nullable [] bulk(RunStore store, InputSpec export, Harmoniser harmoniser) throws Exception {
        if (export.format() != InputSpec.Format.CSV || !export.encoding().equals(StandardCharsets.UTF_8)) {
            return null;
        }
        // whether the file has a record per line, a read of the whole file, is found while DuckDB loads it
        // (a file that has not, which is rare, is then loaded for nothing before it is read record by record)
        Future<OptionalLong> plain = Background.start("lines-" + input,
                () -> PlainCsv.records(export.file(), export.encoding()));
        List<String> header = CsvRecordReader.header(export.file(), List.copyOf(export.columns().values()),
                export.delimiter(), export.encoding());
        long start = System.nanoTime();
        OptionalLong records = new CsvBulkLoad(store).load(export.file(), export.delimiter(), header,
                loadedColumns(export, header));
        OptionalLong lines = Background.done(plain);
        if (lines.isEmpty() || lines.getAsLong() == 0 || records.isEmpty()
                || records.getAsLong() != lines.getAsLong() || !passesStrictChecks(store, export)) {
            store.execute("DROP TABLE IF EXISTS " + CsvBulkLoad.CELLS);
            return null;
        }
        LOG.debug("{}: {} records read in bulk in {} ms", input, records.getAsLong(), (System.nanoTime() - start) / 1_000_000);
        long rejected = new SetHarmonising(store, harmoniser, order).stage(input, export.file().getFileName().toString());
        if (run.spec().strict() && (rejected > 0 || hasRepeatedIds(store))) {
            store.execute("DROP TABLE " + CsvBulkLoad.CELLS);
            return null; // read record by record, which stops at the first and names it
        }
        LOG.debug("{}: harmonised and staged in {} ms", input, (System.nanoTime() - start) / 1_000_000);
        store.execute("DROP TABLE " + CsvBulkLoad.CELLS);
        return new long[] {records.getAsLong(), rejected};
    }

    /** The export's columns the run reads: its mapped columns, and the strata columns a strict run checks. */
    private List<String> loadedColumns(InputSpec export, List<String> header) {
        Set<String> columns = new LinkedHashSet<>(export.columns().values());
        if (run.spec().strict()) {
            run.spec().strataColumns().stream().filter(header::contains).forEach(columns::add);
        }
        return new ArrayList<>(columns);
    }

    /**
     * In a run that stops at the first record it cannot use ({@code weigh}), whether every record's
     * stratum can be used; when one cannot, the export is read record by record, which stops at the
     * first and names it. (A record without an id, or with one seen before, is found once staged.)
     */
    private boolean passesStrictChecks(RunStore store, InputSpec export) throws SQLException {
        if (!run.spec().strict()) {
            return true;
        }
        List<String> strata = run.spec().strataColumns();
        RecordCheck check = strictCheck(export, null);
        check.bind(strata);
        for (String[] tuple : store.rows("SELECT DISTINCT " + RunStore.quoted("", strata) + " FROM " + CsvBulkLoad.CELLS)) {
            try {
                check.check(new nl.weegschaal.ingest.SourceRecord(export.file().getFileName().toString(), 0, tuple));
            } catch (RuntimeException problem) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two of the export's staged records have one id (as the harmoniser read them: without
     * surrounding spaces). A record without one is rejected, so a strict run has stopped on it already.
     */
    private boolean hasRepeatedIds(RunStore store) throws SQLException {
        return store.count("SELECT count(id) - count(DISTINCT id) FROM " + RunStore.STAGED_RESPONSES
                + " WHERE input_order = " + order) > 0;
    }

    private RecordCheck strictCheck(InputSpec export, @Nullable String idColumn) {
        PopulationFrame frame = run.frame();
        return new RecordCheck(run.spec().strataColumns(), List.copyOf(frame.counts().keySet()),
                frame.source().getFileName().toString(), idColumn);
    }

    /** A long export read record by record stops between chunks when the run is being stopped (a restart reads it again). */
    private static void stopWhenAsked(ChunkContext chunkContext) throws JobInterruptedException {
        if (chunkContext.getStepContext().getStepExecution().isTerminateOnly()) {
            throw new JobInterruptedException("the run was asked to stop while reading an export");
        }
    }

    /** {records, rejected} of an export read record by record. */
    private long[] stream(RunStore store, InputSpec export, Harmoniser harmoniser, ChunkContext chunkContext)
            throws Exception {
        RecordCheck check = run.spec().strict() ? strictCheck(export, export.columns().get("id")) : null;
        // a strict run is weigh, whose one export is its --responses
        String named = run.spec().strict() ? "--responses" : "input '" + input + "'";
        HarmonisedReader reader = new HarmonisedReader(ExportReaders.of(export), harmoniser, check, named);
        InputStaging staging = store.staging(input, order, run.spec().fields());
        IngestProgress progress = new IngestProgress(chunkContext.getStepContext().getStepName());
        List<Harmoniser.Outcome> chunk = new ArrayList<>(CHUNK);
        long records = 0;
        long rejected = 0;
        reader.open(new ExecutionContext());
        try {
            for (Harmoniser.Outcome outcome = reader.read(); outcome != null; outcome = reader.read()) {
                chunk.add(outcome);
                records++;
                rejected += outcome.accepted() ? 0 : 1;
                if (chunk.size() == CHUNK) {
                    staging.append(chunk);
                    chunk.clear();
                    progress.report(records, rejected);
                    stopWhenAsked(chunkContext);
                }
            }
            staging.append(chunk);
        } finally {
            reader.close();
        }
        return new long[] {records, rejected};
    }
}
