package nl.weegschaal.launch;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * The Spring context of a job repository alone: only the auto-configurations a batch job needs are
 * imported (data source, transactions, Spring Batch with its JDBC job repository), because a
 * command-line run pays for its start-up every time. {@code status} reads the runs of a repository
 * named by SPRING_DATASOURCE_URL with it, without the job's configuration (the default H2 file it reads
 * without a context: {@link H2Repository}); a run adds the job ({@link JobContextConfiguration}).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
public class JobRepositoryConfiguration {
}
