package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldwork.approached}: the establishments approached, for the response rate in the workbook. */
class FieldworkSpecTest {
    private static final String SAMPLE = "fieldwork: {from: 2024-09-16, to: 2024-11-22, approached: 17600}";

    @TempDir
    Path dir;
    Path spec;

    @BeforeEach
    void copy() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(dir);
    }

    @Test
    void theSampleSpecSaysHowManyEstablishmentsWereApproached() {
        assertThat(SpecLoader.load(spec).approached()).isEqualTo(17600L);
    }

    @Test
    void aSpecWithoutApproachedEstablishmentsLoadsWithoutThem() throws Exception {
        SpecLoaderTest.edit(spec, SAMPLE, "fieldwork: {from: 2024-09-16, to: 2024-11-22}");
        assertThat(SpecLoader.load(spec).approached()).isNull();
    }

    @Test
    void approachedWithADutchThousandsSeparatorIsAnErrorNamingTheKey() throws Exception {
        SpecLoaderTest.edit(spec, SAMPLE, "fieldwork: {from: 2024-09-16, to: 2024-11-22, approached: 17.600}");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("fieldwork.approached")
                .hasMessageContaining("'17.600' is not a number of establishments");
    }

    @Test
    void zeroApproachedIsAnError() throws Exception {
        SpecLoaderTest.edit(spec, SAMPLE, "fieldwork: {from: 2024-09-16, to: 2024-11-22, approached: 0}");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("positive whole number");
    }
}
