package nl.weegschaal.compare;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** {@code compare OLD NEW}: reads both results, compares them and writes the changes file. */
public final class Compare {
    private Compare() {
    }

    /**
     * Compares OLD with NEW and writes the changes to {@code out} (default: beside NEW), and the
     * sheet {@code Wijzigingen} to a workbook beside it. {@code kind}
     * null means detect it ({@link ComparisonDetection}).
     */
    public static Comparison run(Path oldFile, Path newFile, @Nullable Path out, @Nullable ComparisonKind kind) {
        Path target = out != null ? out : defaultOutput(newFile);
        Path absoluteTarget = target.toAbsolutePath().normalize();
        for (Path input : new Path[] {oldFile, newFile}) {
            if (absoluteTarget.equals(input.toAbsolutePath().normalize())) {
                throw new CompareException("--out " + target + " is one of the result files being compared; "
                        + "choose another file for the changes");
            }
        }
        ResultFile old = ResultFile.read(oldFile);
        ResultFile neu = ResultFile.read(newFile);
        Comparison comparison = compare(old, neu, kind);
        ChangesWriter.write(target, comparison);
        ChangesWorkbook.write(ChangesWorkbook.beside(target), comparison);
        return comparison;
    }

    /**
     * Compares two result files without writing anything: as independent waves, overlapping samples or
     * the same respondents, as detected ({@link ComparisonDetection}).
     */
    public static Comparison changes(Path oldFile, Path newFile) {
        return compare(ResultFile.read(oldFile), ResultFile.read(newFile), null);
    }

    private static Comparison compare(ResultFile old, ResultFile neu, @Nullable ComparisonKind kind) {
        ComparisonDetection.Detected detected = ComparisonDetection.detect(old, neu, kind);
        return Comparison.of(old, neu, detected.kind(), detected.rule(), detected.overlap());
    }

    /** {@code <NEW without .duckdb>.changes.duckdb}, beside NEW. */
    public static Path defaultOutput(Path newFile) {
        String name = newFile.getFileName().toString();
        String stem = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
        return newFile.resolveSibling(stem + ".changes.duckdb");
    }
}
