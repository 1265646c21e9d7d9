package nl.weegschaal.launch;

import nl.weegschaal.job.WaveJobConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Spring context a run starts ({@link JobRunner}): only the auto-configurations a batch job needs
 * are imported (data source, transactions, Spring Batch with its JDBC job repository), because a
 * command-line run pays for its start-up every time, and the one job's configuration.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
@ComponentScan(basePackageClasses = WaveJobConfiguration.class)
public class JobContextConfiguration {
}
