package nl.weegschaal.compare;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The console summary of a comparison: a few lines a statistician reads before opening the tables. */
public final class CompareSummary {
    private CompareSummary() {
    }

    public static void print(PrintWriter out, Comparison c, Path target) {
        out.printf(Locale.ROOT, "weegschaal compare: %s -> %s%n", c.old().path(), c.neu().path());
        if (c.kind() == ComparisonKind.SAME_RESPONDENTS) {
            out.printf(Locale.ROOT, "  comparison          same respondents (%s): no significance test, "
                    + "the two estimates are not independent%n", reason(c));
        } else if (c.kind() == ComparisonKind.OVERLAPPING) {
            out.printf(Locale.ROOT, "  comparison          overlapping samples: %,d establishments (matched by id) in "
                    + "both; each change's margin has their covariance%n", c.establishmentsInBoth());
        } else {
            out.printf(Locale.ROOT, "  comparison          independent waves (%s)%n", reason(c));
        }
        out.printf(Locale.ROOT, "  cells               %d in both, %d only in old, %d only in new%n",
                c.count(CellChange.Status.BOTH), c.count(CellChange.Status.ONLY_OLD),
                c.count(CellChange.Status.ONLY_NEW));
        out.printf(Locale.ROOT, "  moved > 1 point     %d%n", c.movedMoreThan(1));
        out.printf(Locale.ROOT, "  publishable         %d in both runs, %d not (%s)%n",
                c.count(CellChange.Status.BOTH) - c.notPublishableInBoth(), c.notPublishableInBoth(),
                c.publicationRule());
        if (c.kind().tested()) {
            out.printf(Locale.ROOT, "  tests               %d (cells publishable in both runs)%n", c.tested());
            out.printf(Locale.ROOT, "  significant         %d after %s (false discovery rate %.0f%%); %d with "
                            + "p < 0.05 per cell, where chance alone gives about %.0f%n", c.significant(),
                    BenjaminiHochberg.METHOD, 100 * BenjaminiHochberg.FDR, c.significantUncorrected(),
                    0.05 * c.tested());
        }
        if (!c.largestMoves(5).isEmpty()) {
            out.println("  largest moves (cells publishable in both runs)");
            for (CellChange move : c.largestMoves(5)) {
                out.printf(Locale.ROOT, "    %-50s %5.1f%% -> %5.1f%% (%+.1f points)%s%n", move.key().label(),
                        100 * move.old().estimate(), 100 * move.neu().estimate(), move.differencePoints(),
                        significance(move));
            }
        }
        if (!c.strataComparable()) {
            out.printf(Locale.ROOT, "  strata              not compared: the strata columns differ (%s vs %s)%n",
                    c.old().strataColumns(), c.neu().strataColumns());
        } else {
            WeightChangeSummary w = c.weightSummary();
            if (w.strata() > 0) {
                out.printf(Locale.ROOT, "  weights             %d strata, new/old %.3f .. %.3f (median %.3f); "
                                + "%d changed by more than 1%%%n", w.strata(), w.minRatio(), w.maxRatio(),
                        w.medianRatio(), w.changedMoreThan1Pct());
            }
            long changed = c.frameChanges().stream().filter(s -> s.status().equals("in both")).count();
            out.printf(Locale.ROOT, "  frame               %d strata with another population, %d only in old, "
                            + "%d only in new%n", changed,
                    c.frameChanges().stream().filter(s -> s.status().equals("only in old")).count(),
                    c.frameChanges().stream().filter(s -> s.status().equals("only in new")).count());
        }
        out.printf(Locale.ROOT, "  result              %s%n", target);
        out.printf(Locale.ROOT, "  workbook            %s%n", ChangesWorkbook.beside(target));
    }

    private static String reason(Comparison c) {
        if (c.rule().startsWith(SameRespondents.RULE + "; ")) {
            return c.rule().substring(SameRespondents.RULE.length() + 2);
        }
        if (!c.rule().equals(SameRespondents.RULE)) {
            return c.rule();
        }
        if (c.kind() == ComparisonKind.SAME_RESPONDENTS) {
            return "same response inputs, sha256 " + shortSha(c.neu().responseChecksums().iterator().next());
        }
        if (c.old().responseChecksums().isEmpty() || c.neu().responseChecksums().isEmpty()) {
            return "no response checksums in one of the results; assumed independent";
        }
        return "different response inputs, no establishment in both";
    }

    private static String significance(CellChange move) {
        @Nullable DifferenceTest test = move.test();
        if (test == null || test.pValue() == null || move.qValue() == null) {
            return "";
        }
        return String.format(Locale.ROOT, ", p = %.3f, q = %.3f%s", test.pValue(), move.qValue(),
                Boolean.TRUE.equals(move.significant()) ? " significant" : "");
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
