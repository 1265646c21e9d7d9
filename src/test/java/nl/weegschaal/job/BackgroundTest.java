package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void theWorkRunsOnItsOwnNamedThreadAndGivesItsResult() throws Exception {
        Future<String> work = Background.start("numeric-tables", () -> Thread.currentThread().getName());
        assertThat(Background.done(work)).isEqualTo("numeric-tables");
    }

    @Test
    void aFailureOfTheWorkIsRethrownAsItselfNotWrapped() {
        SQLException cause = new SQLException("the work store is gone");
        Future<Object> work = Background.start("numeric-tables", () -> {
            throw cause;
        });
        assertThatThrownBy(() -> Background.done(work)).isSameAs(cause);
    }

    @Test
    void anErrorOfTheWorkIsRethrownInItsExecutionException() {
        Future<Object> work = Background.start("numeric-tables", () -> {
            throw new AssertionError("broken");
        });
        assertThatThrownBy(() -> Background.done(work)).isInstanceOf(java.util.concurrent.ExecutionException.class)
                .hasCauseInstanceOf(AssertionError.class);
    }
}
