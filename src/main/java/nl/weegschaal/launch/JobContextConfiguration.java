package nl.weegschaal.launch;

import java.nio.file.Path;
import nl.weegschaal.job.WaveJobConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context a run starts ({@link JobRunner}): the job repository's
 * ({@link JobRepositoryConfiguration}) and the one job configuration, imported by name rather than
 * found by scanning the job package's classes at every start.
 */
@SpringBootConfiguration
@Import({JobRepositoryConfiguration.class, WaveJobConfiguration.class})
public class JobContextConfiguration {
    /** For Spring's ahead-of-time processing at build time (spring-boot-maven-plugin process-aot) only. */
    public static void main(String[] args) {
        JobRunner.application(JobContextConfiguration.class, Path.of("aot-processing")).run(args);
    }
}
