package nl.weegschaal.launch;

import java.nio.file.Files;
import java.util.List;
import javax.sql.DataSource;
import nl.weegschaal.job.WaveJobConfiguration;
import nl.weegschaal.job.WaveParameters;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.repository.dao.AbstractJdbcBatchMetadataDao;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which job instances in the repository a run uses are runs of a given wave, newest first.
 *
 * <p>A shared repository (PostgreSQL) holds the runs of every wave, so {@code status} picks a wave's
 * instances by the wave name in their job parameters. Spring Batch's API can only list all instances
 * of a job and load each one's executions to see its parameters, so this asks the repository's tables
 * directly.
 * Executions recorded before the wave's name was a parameter are matched by their spec file.
 */
final class WaveInstances {
    private static final String QUERY = """
            SELECT DISTINCT e.JOB_INSTANCE_ID FROM %1$sJOB_EXECUTION e
            JOIN %1$sJOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            JOIN %1$sJOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
            WHERE i.JOB_NAME = ? AND (p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?
               OR p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ? AND NOT EXISTS (SELECT 1 FROM %1$sJOB_EXECUTION_PARAMS w
                  WHERE w.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND w.PARAMETER_NAME = ?))
            ORDER BY e.JOB_INSTANCE_ID DESC
            """;

    private WaveInstances() {
    }

    /** The ids of the wave's latest {@code max} job instances; none if the repository has no runs yet. */
    static List<Long> latest(ConfigurableApplicationContext context, WaveSpec wave, int max) {
        if (Repositories.isDefault(context) && !Files.exists(Repositories.h2File(Repositories.wave(wave)))) {
            return List.of(); // do not create an empty repository just to look into it
        }
        String prefix = context.getBean(BatchJdbcProperties.class).getTablePrefix();
        return latest(new JdbcTemplate(context.getBean(DataSource.class)), prefix == null ? AbstractJdbcBatchMetadataDao.DEFAULT_TABLE_PREFIX : prefix, wave, max);
    }

    /** The ids of the wave's latest {@code max} job instances in the tables {@code jdbc} reads, named with {@code prefix}. */
    static List<Long> latest(JdbcTemplate jdbc, String prefix, WaveSpec wave, int max) {
        jdbc.setMaxRows(max);
        try {
            return jdbc.queryForList(QUERY.formatted(prefix), Long.class,
                    WaveJobConfiguration.JOB_NAME, WaveParameters.WAVE, wave.wave(), WaveParameters.SPEC,
                    wave.file().toString(), WaveParameters.WAVE);
        } catch (BadSqlGrammarException e) {
            return List.of(); // a repository whose tables are not there yet: no runs
        }
    }
}
