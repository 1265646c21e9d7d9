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
     * null means detect it ({@link SameRespondents}).
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
        ComparisonKind detected = kind != null ? kind : SameRespondents.detect(old, neu);
        String rule = kind != null ? "set with --comparison" : SameRespondents.RULE;
        Comparison comparison = Comparison.of(old, neu, detected, rule);
        ChangesWriter.write(target, comparison);
        ChangesWorkbook.write(ChangesWorkbook.beside(target), comparison);
        return comparison;
    }

    /** {@code <NEW without .duckdb>.changes.duckdb}, beside NEW. */
    public static Path defaultOutput(Path newFile) {
        String name = newFile.getFileName().toString();
        String stem = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
        return newFile.resolveSibling(stem + ".changes.duckdb");
    }
}
