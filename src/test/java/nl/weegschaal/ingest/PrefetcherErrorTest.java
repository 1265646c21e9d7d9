package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An Error in the background parsing thread (a 100 MB field that does not fit in the heap) used to
 * kill that thread silently and leave the reader waiting for ever; now it reaches the reader.
 */
class PrefetcherErrorTest {
    @Test
    void anOutOfMemoryErrorWhileParsingIsANamedErrorNotAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            int[] calls = {0};
            try (Prefetcher prefetcher = new Prefetcher(() -> {
                if (calls[0]++ < 3) {
                    return new SourceRecord("cati.csv", calls[0] + 1, new String[] {"x"});
                }
                throw new OutOfMemoryError("Java heap space");
            }, "cati.csv")) {
                assertThatThrownBy(() -> {
                    while (prefetcher.next() != null) {
                        // read on until the failure
                    }
                }).isInstanceOf(InputFileException.class).hasMessageStartingWith("cati.csv: not enough memory");
                assertThat(prefetcher.next()).isNull();
            }
        });
    }

    @Test
    void anyOtherErrorWhileParsingReachesTheReaderInsteadOfAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Prefetcher prefetcher = new Prefetcher(() -> {
                throw new StackOverflowError();
            }, "cati.csv")) {
                assertThatThrownBy(prefetcher::next).isInstanceOf(StackOverflowError.class);
            }
        });
    }
}
