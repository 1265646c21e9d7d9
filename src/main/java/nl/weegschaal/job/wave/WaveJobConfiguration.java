package nl.weegschaal.job.wave;

import java.nio.file.Path;
import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The wave job: {@code ingestExports} (one partition per export: read, harmonise, stage) ->
 * {@code deriveStrata} -> {@code computeWeights} -> {@code estimateTables} -> {@code publish} (the
 * DuckDB result) -> {@code publishWorkbook} (the report writers' XLSX).
 * Every step keeps its output in the wave's work store, so a run that died restarts at the step
 * that failed and ends with the same tables as an uninterrupted run.
 */
@Configuration(proxyBeanMethods = false)
public class WaveJobConfiguration {
    public static final String JOB_NAME = "wave";
    static final int CHUNK_SIZE = 5_000;

    @Bean
    Job waveJob(JobRepository jobRepository, Step ingestExports, Step deriveStrata, Step waveComputeWeights,
                Step waveEstimateTables, Step publishWave, Step publishWorkbook) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(new WorkStoreCleanup())
                .start(ingestExports).next(deriveStrata).next(waveComputeWeights).next(waveEstimateTables)
                .next(publishWave).next(publishWorkbook).build();
    }

    @Bean
    @JobScope
    IngestPartitioner ingestPartitioner(@Value("#{jobParameters['spec']}") String spec) {
        return new IngestPartitioner(SpecLoader.load(Path.of(spec)));
    }

    @Bean
    Step ingestExports(JobRepository jobRepository, IngestPartitioner ingestPartitioner, Step ingestExport) {
        return new StepBuilder("ingestExports", jobRepository).partitioner("ingestExport", ingestPartitioner)
                .step(ingestExport).taskExecutor(new SyncTaskExecutor()).build();
    }

    @Bean
    Step ingestExport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ExportReader exportReader, HarmoniseProcessor harmoniseProcessor, StagingWriter stagingWriter) {
        return new StepBuilder("ingestExport", jobRepository).<SourceRecord, Harmoniser.Outcome>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager).reader(exportReader).processor(harmoniseProcessor)
                .writer(stagingWriter).listener(new IngestProgress()).listener(new FaultInjection()).build();
    }

    @Bean
    @StepScope
    ExportReader exportReader(@Value("#{jobParameters['spec']}") String spec,
                              @Value("#{stepExecutionContext['input']}") String input) {
        return ExportReaders.of(input(SpecLoader.load(Path.of(spec)), input));
    }

    @Bean
    @StepScope
    HarmoniseProcessor harmoniseProcessor(@Value("#{jobParameters['spec']}") String spec,
                                          @Value("#{stepExecutionContext['input']}") String input,
                                          ExportReader exportReader) {
        WaveSpec wave = SpecLoader.load(Path.of(spec));
        return new HarmoniseProcessor(exportReader, new Harmoniser(wave, input(wave, input)));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(@Value("#{jobParameters['spec']}") String spec,
                                @Value("#{stepExecutionContext['input']}") String input,
                                @Value("#{stepExecutionContext['input_order']}") Integer order) {
        return new StagingWriter(SpecLoader.load(Path.of(spec)), input, order);
    }

    @Bean
    Step deriveStrata(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("deriveStrata", jobRepository).tasklet(new DeriveStrataTasklet(), transactionManager).listener(new FaultInjection())
                .build();
    }

    @Bean
    Step waveComputeWeights(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("computeWeights", jobRepository).tasklet(new WaveWeightsTasklet(), transactionManager).listener(new FaultInjection())
                .build();
    }

    @Bean
    Step waveEstimateTables(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("estimateTables", jobRepository)
                .tasklet(new WaveEstimatesTasklet(), transactionManager).listener(new FaultInjection()).build();
    }

    @Bean
    Step publishWave(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     @Value("${weegschaal.version:development}") String productVersion) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishWaveTasklet(productVersion), transactionManager).listener(new FaultInjection()).build();
    }

    @Bean
    Step publishWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("publishWorkbook", jobRepository)
                .tasklet(new PublishWorkbookTasklet(), transactionManager).listener(new FaultInjection()).build();
    }

    private static InputSpec input(WaveSpec spec, String name) {
        return spec.inputs().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the spec has no input '" + name + "' any more"));
    }
}
