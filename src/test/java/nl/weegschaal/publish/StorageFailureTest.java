package nl.weegschaal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling a full or read-only output apart from other failures, from the words the libraries report. */
class StorageFailureTest {
    static final Path OUT = Path.of("/srv/out");

    @Test
    void duckDbsAppenderErrorDeepInsideAStepFailureNamesTheFile() {
        Exception duckdb = new SQLException("Appender error, catalog: 'null', schema: 'main', table: 'staged', message: "
                + "Failed to append: Could not write file \"/srv/out/.w.staging.duckdb.wal\": No space left on device");
        Exception step = new IllegalStateException("Unable to process chunk", new RuntimeException(duckdb));
        StorageFailure failure = StorageFailure.in(step);
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("cannot write /srv/out/.w.staging.duckdb.wal: No space left on "
                + "device (the disk is full; make room); nothing was published and earlier results were left as they were");
    }

    @Test
    void javasFileSystemExceptionGivesItsFileAndReason() {
        StorageFailure failure = StorageFailure.in(new java.io.UncheckedIOException(
                new AccessDeniedException("/srv/out/w.duckdb", null, "Permission denied")));
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("cannot write /srv/out/w.duckdb: Permission denied (this user may "
                + "not write there; fix the permissions)");
    }

    @Test
    void withoutAFileNamedTheOutputFolderIsNamed() {
        Exception h2 = new RuntimeException("JDBC rollback failed", new java.io.IOException("No space left on device"));
        assertThat(StorageFailure.in(List.of(h2), OUT)).extracting(Throwable::getMessage).asString()
                .startsWith("cannot write the output folder /srv/out: No space left on device");
    }

    @Test
    void aFileNamedInAnotherFailureOfTheSameRunIsPreferred() {
        Exception h2 = new RuntimeException(new java.io.IOException("No space left on device"));
        Exception duckdb = new SQLException("Could not write file \"/srv/out/x.wal\": No space left on device");
        StorageFailure failure = StorageFailure.in(List.of(h2, duckdb), null);
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("cannot write /srv/out/x.wal: ");
        assertThat(StorageFailure.in(List.of(failure), OUT)).as("found again, unchanged").isSameAs(failure);
    }

    @Test
    void aFailureWithoutTheSystemsWordsIsNotAStorageFailure() {
        assertThat(StorageFailure.in(new IllegalStateException("Unable to process chunk",
                new SQLException("Binder Error: column x not found")))).isNull();
    }
}
