package nl.weegschaal.job;

import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.job.wave.FaultInjection;
import nl.weegschaal.publish.duckdb.DuckDbResultWriter;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code weigh} job: {@code loadFrame -> ingestResponses -> computeWeights -> estimateTables ->
 * writeResults}. The steps hand their results over in memory ({@link WeighRun}), so a restart
 * runs every step again from the start rather than resuming half-way into lost state.
 */
@Configuration(proxyBeanMethods = false)
public class WeighJobConfiguration {
    public static final String JOB_NAME = "weigh";
    static final int CHUNK_SIZE = 10_000;

    @Bean
    Job weighJob(JobRepository jobRepository, Step loadFrame, Step ingestResponses, Step computeWeights,
                 Step estimateTables, Step writeResults) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadFrame).next(ingestResponses).next(computeWeights).next(estimateTables).next(writeResults)
                .build();
    }

    @Bean
    @JobScope
    WeighRun weighRun() {
        return new WeighRun();
    }

    @Bean
    Step loadFrame(JobRepository jobRepository, PlatformTransactionManager transactionManager, WeighRun weighRun) {
        return new StepBuilder("loadFrame", jobRepository)
                .tasklet(new LoadFrameTasklet(weighRun), transactionManager).listener(new FaultInjection())
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    CsvRecordReader responseReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        WeighParameters parameters = WeighParameters.from(stepExecution.getJobParameters());
        CsvRecordReader reader = new CsvRecordReader(parameters.responses(), parameters.schema().requiredColumns());
        // the table is built in memory, so a restart must read the file from its first record
        reader.setSaveState(false);
        return reader;
    }

    @Bean
    @StepScope
    ResponseTableWriter responseTableWriter(CsvRecordReader responseReader, WeighRun weighRun) {
        return new ResponseTableWriter(responseReader, weighRun.responses());
    }

    @Bean
    Step ingestResponses(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         CsvRecordReader responseReader, ResponseTableWriter responseTableWriter) {
        return new StepBuilder("ingestResponses", jobRepository).<SourceRecord, SourceRecord>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(responseReader).writer(responseTableWriter).listener(new FaultInjection())
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step computeWeights(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        WeighRun weighRun) {
        return new StepBuilder("computeWeights", jobRepository)
                .tasklet(new ComputeWeightsTasklet(weighRun), transactionManager).listener(new FaultInjection())
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step estimateTables(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        WeighRun weighRun) {
        return new StepBuilder("estimateTables", jobRepository)
                .tasklet(new EstimateTablesTasklet(weighRun), transactionManager).listener(new FaultInjection())
                .allowStartIfComplete(true).build();
    }

    @Bean
    DuckDbResultWriter duckDbResultWriter() {
        return new DuckDbResultWriter();
    }

    @Bean
    Step writeResults(JobRepository jobRepository, PlatformTransactionManager transactionManager, WeighRun weighRun,
                      DuckDbResultWriter duckDbResultWriter,
                      @Value("${weegschaal.version:development}") String productVersion) {
        return new StepBuilder("writeResults", jobRepository)
                .tasklet(new WriteResultsTasklet(weighRun, duckDbResultWriter, productVersion), transactionManager)
                .listener(new FaultInjection()).allowStartIfComplete(true).build();
    }
}
