package nl.weegschaal.cli;

import java.nio.file.Path;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** Where a wave's job repository lives by default: an H2 file under its output folder. */
final class WaveRepository {
    private WaveRepository() {
    }

    static Path file(WaveSpec spec) {
        return spec.outputDir().resolve(".weegschaal").resolve("job-repository");
    }

    /** Whether the context's job repository is that H2 file rather than one set by SPRING_DATASOURCE_URL. */
    static boolean isDefault(ConfigurableApplicationContext context) {
        return String.valueOf(context.getBean(DataSourceProperties.class).determineUrl()).startsWith("jdbc:h2:file:");
    }
}
