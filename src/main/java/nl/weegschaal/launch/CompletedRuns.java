package nl.weegschaal.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Whether the last run of a job with given parameters completed, read with one query from the job's H2
 * repository file before any Spring context is started: a scheduled {@code run} of a wave that is done
 * already says so in a fraction of the time the context takes to start. Only a completed run is taken
 * from here; for anything else (no such file, another repository named by SPRING_DATASOURCE_URL, a run
 * that did not complete, a file that cannot be read) the run goes on through Spring Batch as before,
 * which then decides. The query reads Spring Batch's documented tables and finds the instance by the
 * key Spring Batch itself gives the parameters.
 */
final class CompletedRuns {
    private static final String LAST_EXECUTION = """
            SELECT e.JOB_EXECUTION_ID, e.STATUS, e.END_TIME FROM %1$sJOB_EXECUTION e
            JOIN %1$sJOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ? AND i.JOB_KEY = ? ORDER BY e.JOB_EXECUTION_ID DESC
            """;

    /** A completed run: its execution and when it ended. */
    record Completed(long execution, @Nullable LocalDateTime ended) {
    }

    private CompletedRuns() {
    }

    /** The last execution of {@code job} with {@code parameters} in the H2 file {@code repository} if it completed. */
    static @Nullable Completed last(Path repository, String job, JobParameters parameters) {
        if (!H2Repository.isDefault() || !Files.isRegularFile(Repositories.h2File(repository))) {
            return null;
        }
        try (Connection connection = H2Repository.connect(repository);
             PreparedStatement last = connection.prepareStatement(LAST_EXECUTION.formatted(H2Repository.tablePrefix()))) {
            last.setMaxRows(1);
            last.setString(1, job);
            last.setString(2, new DefaultJobKeyGenerator().generateKey(parameters));
            try (ResultSet r = last.executeQuery()) {
                return r.next() && "COMPLETED".equals(r.getString(2))
                        ? new Completed(r.getLong(1), r.getObject(3, LocalDateTime.class)) : null;
            }
        } catch (SQLException | RuntimeException e) {
            return null; // Spring Batch reads it next, and says what is wrong with it
        }
    }
}
