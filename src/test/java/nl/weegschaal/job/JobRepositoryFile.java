package nl.weegschaal.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;

/**
 * Queries of a wave's default job repository, the H2 file of its own under its output folder
 * ({@code <output>/.weegschaal/<wave>/job-repository}), while no run holds it.
 */
final class JobRepositoryFile {
    /** Statuses of an execution or step that has not ended, or whose end was never recorded. */
    static final String NOT_ENDED = "('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')";

    private JobRepositoryFile() {
    }

    /** The first column of each row of {@code sql}, as text, in the repository of the wave of {@code spec}. */
    static List<String> query(Path spec, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + repository(spec) + ";AUTO_SERVER=TRUE", "sa",
                "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1));
            }
            return rows;
        }
    }

    /** Runs {@code statements} on the repository of the wave of {@code spec}, as a run that died may have left it. */
    static void update(Path spec, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + repository(spec) + ";AUTO_SERVER=TRUE", "sa",
                "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** The wave's job repository (without H2's {@code .mv.db}). */
    static Path repository(Path spec) {
        WaveSpec wave = SpecLoader.load(spec);
        return wave.outputDir().resolve(".weegschaal").resolve(wave.wave()).resolve("job-repository");
    }

    /** The job executions and steps that the repository has as running or never ended: none once a run completed. */
    static List<String> running(Path spec) throws Exception {
        List<String> running = new ArrayList<>(query(spec, "SELECT 'execution ' || JOB_EXECUTION_ID || ' ' || STATUS "
                + "FROM BATCH_JOB_EXECUTION WHERE STATUS IN " + NOT_ENDED + " OR END_TIME IS NULL"));
        running.addAll(query(spec, "SELECT 'step ' || STEP_NAME || ' of execution ' || JOB_EXECUTION_ID || ' ' || "
                + "STATUS FROM BATCH_STEP_EXECUTION WHERE STATUS IN " + NOT_ENDED + " OR END_TIME IS NULL"));
        return running;
    }
}
