package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample workbook opens in LibreOffice: converted headless to PDF (where LibreOffice is
 * installed, e.g. Debian's {@code libreoffice-calc-nogui}), it gives a non-empty PDF.
 */
@EnabledIf("libreOfficeInstalled")
class SummaryWorkbookLibreOfficeTest {
    @TempDir
    Path project;

    static boolean libreOfficeInstalled() {
        return libreOffice().isPresent();
    }

    static Optional<Path> libreOffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theWorkbookConvertsToPdf() throws Exception {
        Path specFile = nl.weegschaal.testing.SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", specFile.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        WaveSpec spec = SpecLoader.load(specFile);
        Path workbook = project.resolve("out/wave-2024.xlsx");
        SummaryWorkbook.write(spec, spec.result(), workbook, "nl");

        Path pdfs = Files.createDirectories(project.resolve("pdf"));
        Path profile = project.resolve("lo-profile");
        Process process = new ProcessBuilder(libreOffice().orElseThrow().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", pdfs.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(project.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // soffice.bin, started by soffice
            process.destroyForcibly();
        }
        String log = Files.readString(project.resolve("soffice.log"));
        assertThat(finished).as("LibreOffice finished within 120 s: " + log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = pdfs.resolve("wave-2024.pdf");
        assertThat(pdf).as(log).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
