package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.frame.CalibrationTotalsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --register}: the calibration benchmark's data. */
class RegisterColumnsTest {
    @TempDir
    Path dir;

    @Test
    void registerColumnsAreAddedWithoutChangingAnyOtherColumn() throws Exception {
        new SyntheticWaveGenerator(7).write(dir.resolve("plain"), 500);
        new SyntheticWaveGenerator(7).write(dir.resolve("register"), 500, true);
        List<String> plain = Files.readAllLines(dir.resolve("plain/responses.csv"));
        List<String> register = Files.readAllLines(dir.resolve("register/responses.csv"));
        assertThat(register.get(0)).isEqualTo(plain.get(0) + ",employees,vacatures,banen_verlies_verwacht,opgeleid");
        for (int i = 1; i < plain.size(); i++) {
            assertThat(register.get(i)).startsWith(plain.get(i) + ",");
            assertThat(register.get(i).split(",", -1)[11]).matches("[0-9]+"); // employees never missing
        }
        assertThat(Files.readString(dir.resolve("register/frame.csv")))
                .isEqualTo(Files.readString(dir.resolve("plain/frame.csv")));
    }

    @Test
    void totalsAreTheFramesMarginsAndEmployeesAboveTheStratifiedEstimate() throws Exception {
        new SyntheticWaveGenerator(7).write(dir, 500, true);
        CalibrationTotals totals = CalibrationTotalsReader.read(dir.resolve("totals.csv"));
        assertThat(totals.variables()).containsExactly("size_class", "sector_cluster", "employees");
        long frame = Files.readAllLines(dir.resolve("frame.csv")).stream().skip(1)
                .mapToLong(line -> Long.parseLong(line.split(",")[2])).sum();
        assertThat(totals.population()).isEqualTo((double) frame);
        assertThat(totals.auxiliaries().get(1).total()).isEqualTo((double) frame);
        assertThat(totals.auxiliaries().get(2).total()).isGreaterThan(frame * 2.0);
    }
}
