package nl.weegschaal.job;

import java.util.Map;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one job of weegschaal, for a wave ({@code run}) and for {@code weigh} alike:
 * {@code ingestExports} (one partition per export, side by side: read, check and harmonise, stage) ->
 * {@code deriveStrata} -> {@code computeWeights} -> {@code estimateTables} -> {@code publish} (the
 * DuckDB result) -> {@code publishWorkbook} (the report writers' XLSX, for a wave) -> {@code registerWave} (the
 * wave in its output folder's catalog, {@code waves.duckdb}; the wave job only). The run's spec and
 * frame are loaded once per job execution ({@link RunContext}, job-scoped); every step keeps its output
 * in the run's work store, so a run that died restarts at the step that failed and ends with the same
 * tables as an uninterrupted run.
 */
@Configuration(proxyBeanMethods = false)
public class WaveJobConfiguration {
    public static final String JOB_NAME = "wave";
    public static final String WEIGH_JOB_NAME = "weigh";

    @Bean
    Job waveJob(JobRepository jobRepository, RunContext runContext, Step ingestExports, Step deriveStrata,
                Step waveComputeWeights, Step waveEstimateTables, Step publishWave, Step publishWorkbook,
                Step registerWave) {
        return steps(new JobBuilder(JOB_NAME, jobRepository), runContext, ingestExports, deriveStrata,
                waveComputeWeights, waveEstimateTables, publishWave, publishWorkbook).next(registerWave).build();
    }

    /**
     * The same job under the name {@value #WEIGH_JOB_NAME}, so that a job repository tells a
     * {@code weigh} from a wave; its run is the one its options describe ({@link RunContext}).
     */
    @Bean
    Job weighJob(JobRepository jobRepository, RunContext runContext, Step ingestExports, Step deriveStrata,
                 Step waveComputeWeights, Step waveEstimateTables, Step publishWave, Step publishWorkbook) {
        return steps(new JobBuilder(WEIGH_JOB_NAME, jobRepository), runContext, ingestExports, deriveStrata,
                waveComputeWeights, waveEstimateTables, publishWave, publishWorkbook).build();
    }

    private static SimpleJobBuilder steps(JobBuilder job, RunContext runContext, Step ingestExports,
                                          Step deriveStrata, Step computeWeights, Step estimateTables, Step publish,
                                          Step publishWorkbook) {
        return job.listener(new WorkStoreCleanup(runContext)).start(ingestExports).next(deriveStrata)
                .next(computeWeights).next(estimateTables).next(publish).next(publishWorkbook);
    }

    /** The run: its spec and frame, loaded once per job execution. */
    @Bean
    @JobScope
    RunContext runContext(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
        return RunContext.of(jobParameters);
    }

    @Bean
    @JobScope
    IngestPartitioner ingestPartitioner(RunContext runContext) {
        return new IngestPartitioner(runContext);
    }

    /**
     * The exports side by side, as many at a time as the machine has cores: each partition has its own
     * thread and connection to the work store, in which it creates nothing but its own temporary tables
     * ({@link IngestTables} makes the shared ones first).
     */
    @Bean
    Step ingestExports(JobRepository jobRepository, RunContext runContext, IngestPartitioner ingestPartitioner,
                       Step ingestExport) {
        return new StepBuilder("ingestExports", jobRepository).partitioner("ingestExport", ingestPartitioner)
                .step(ingestExport).taskExecutor(exportsSideBySide()).listener(new IngestTables(runContext)).build();
    }

    private static TaskExecutor exportsSideBySide() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        executor.setTaskDecorator(new JobScopedTasks());
        return executor;
    }

    @Bean
    Step ingestExport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      IngestExportTasklet ingestExportTasklet) {
        return new StepBuilder("ingestExport", jobRepository).tasklet(ingestExportTasklet, transactionManager)
                .listener(new FaultInjection()).build();
    }

    /** One export: read in bulk when it is a plain CSV file, record by record otherwise; harmonised and staged. */
    @Bean
    @StepScope
    IngestExportTasklet ingestExportTasklet(RunContext runContext,
                                            @Value("#{stepExecutionContext['input']}") String input,
                                            @Value("#{stepExecutionContext['input_order']}") Integer order) {
        return new IngestExportTasklet(runContext, input, order);
    }

    @Bean
    Step deriveStrata(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      RunContext runContext) {
        return new StepBuilder("deriveStrata", jobRepository)
                .tasklet(new DeriveStrataTasklet(runContext), transactionManager).listener(new FaultInjection()).build();
    }

    @Bean
    Step waveComputeWeights(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            RunContext runContext) {
        return new StepBuilder("computeWeights", jobRepository)
                .tasklet(new ComputeWeightsTasklet(runContext), transactionManager).listener(new FaultInjection())
                .build();
    }

    @Bean
    Step waveEstimateTables(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            RunContext runContext) {
        return new StepBuilder("estimateTables", jobRepository)
                .tasklet(new EstimateTablesTasklet(runContext), transactionManager).listener(new FaultInjection())
                .build();
    }

    @Bean
    Step publishWave(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunContext runContext,
                     @Value("${weegschaal.version:development}") String productVersion) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(runContext, productVersion), transactionManager)
                .listener(new FaultInjection()).build();
    }

    @Bean
    Step publishWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         RunContext runContext) {
        return new StepBuilder("publishWorkbook", jobRepository)
                .tasklet(new PublishWorkbookTasklet(runContext), transactionManager).listener(new FaultInjection())
                .build();
    }

    /** The wave in its output folder's catalog, once its result and workbook are published (the wave job only). */
    @Bean
    Step registerWave(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      RunContext runContext) {
        return new StepBuilder("registerWave", jobRepository)
                .tasklet(new RegisterWaveTasklet(runContext), transactionManager).listener(new FaultInjection())
                .build();
    }
}
