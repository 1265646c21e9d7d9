package nl.weegschaal.job;

import java.sql.SQLException;
import nl.weegschaal.OutputException;
import nl.weegschaal.store.RunStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Creates the work store's ingest tables before the exports' partitions start, on the job's thread:
 * the partitions run side by side, each on its own connection, and DuckDB lets two connections append
 * to one table at once but not create it at once (the second fails with a write-write conflict on the
 * catalog).
 */
class IngestTables implements StepExecutionListener {
    private final RunContext run;

    IngestTables(RunContext run) {
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        try (RunStore store = run.store()) {
            store.createIngestTables(run.spec().fields());
        } catch (SQLException e) {
            throw new OutputException("cannot create the ingest tables in the work file " + run.workFile() + ": "
                    + e.getMessage(), e);
        }
    }
}
