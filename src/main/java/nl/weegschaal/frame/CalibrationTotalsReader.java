package nl.weegschaal.frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.weighting.Numbers;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads a calibration totals file, a CSV with the columns {@code variable,level,total}: a categorical
 * auxiliary has one row per level with its population count, a numeric auxiliary one row with an
 * empty level and its population total. Checked here, naming file and line: every total is a number
 * (a count is not negative), no level is listed twice, a variable is either categorical or numeric,
 * and every categorical auxiliary adds up to the same population size.
 */
public final class CalibrationTotalsReader {
    /** Two categorical auxiliaries' sums that differ by more than this, relatively, do not agree. */
    private static final double AGREEMENT = 1e-9;

    private CalibrationTotalsReader() {
    }

    public static CalibrationTotals read(Path path) {
        CsvRecordReader reader = new CsvRecordReader(path, List.of("variable", "level", "total"));
        Map<String, Builder> byVariable = new LinkedHashMap<>();
        try {
            reader.open(new ExecutionContext());
        } catch (org.springframework.batch.infrastructure.item.ItemStreamException e) {
            // the reader names the file and the column it misses in the cause
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        try {
            int variable = reader.header().indexOf("variable");
            int level = reader.header().indexOf("level");
            int total = reader.header().indexOf("total");
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                SourceRecord row = record;
                String name = row.value(variable).trim();
                if (name.isEmpty()) {
                    throw new FrameException(row.location() + ": the variable is empty; name the column the "
                            + "auxiliary is measured in (e.g. size_class or employees)");
                }
                byVariable.computeIfAbsent(name, v -> new Builder(v, row.line()))
                        .add(row, row.value(level).trim(), amount(row, name, row.value(total).trim()));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new FrameException(path + ": cannot read the calibration totals: " + e.getMessage());
        } finally {
            reader.close();
        }
        if (byVariable.isEmpty()) {
            throw new FrameException(path + ": the calibration totals list no auxiliary");
        }
        List<CalibrationTotals.Auxiliary> auxiliaries = new ArrayList<>();
        byVariable.values().forEach(b -> auxiliaries.add(b.auxiliary()));
        checkSameSize(path, auxiliaries);
        return new CalibrationTotals(path, auxiliaries);
    }

    private static double amount(SourceRecord row, String variable, String text) {
        try {
            double x = Double.parseDouble(text);
            if (Double.isFinite(x) && text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                return x;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        String hint = text.matches("[0-9]{1,3}(\\.[0-9]{3})+") ? " (a Dutch thousands separator? write "
                + text.replace(".", "") + ")" : text.contains(",") ? " (write decimals with a point)" : "";
        throw new FrameException(row.location() + ": the total of " + variable + " is '" + text
                + "', which is not a number" + hint);
    }

    /** Every categorical auxiliary must describe the same population: say which one does not. */
    private static void checkSameSize(Path path, List<CalibrationTotals.Auxiliary> auxiliaries) {
        CalibrationTotals.Auxiliary first = null;
        for (CalibrationTotals.Auxiliary aux : auxiliaries) {
            if (aux.numeric()) {
                continue;
            }
            if (first == null) {
                first = aux;
            } else if (Math.abs(aux.total() - first.total()) > AGREEMENT * Math.max(1.0, Math.abs(first.total()))) {
                throw new FrameException(path + " line " + aux.line() + ": the levels of " + aux.variable()
                        + " add up to " + Numbers.format(aux.total()) + ", but those of " + first.variable()
                        + " to " + Numbers.format(first.total()) + "; every categorical auxiliary must add up to "
                        + "the same population size");
            }
        }
    }

    /** The rows of one variable as they are read. */
    private static final class Builder {
        private final String variable;
        private final long line;
        private final Map<String, Double> levels = new LinkedHashMap<>();
        private final Map<String, Long> lines = new LinkedHashMap<>();
        private Double numericTotal;

        Builder(String variable, long line) {
            this.variable = variable;
            this.line = line;
        }

        void add(SourceRecord row, String level, double total) {
            if (numericTotal != null && level.isEmpty()) {
                throw new FrameException(row.location() + ": " + variable + " has a second row with an empty level "
                        + "(first on line " + line + "); a numeric auxiliary has one population total");
            }
            if (level.isEmpty() ? !levels.isEmpty() : numericTotal != null) {
                throw new FrameException(row.location() + ": " + variable + " has rows with and without a level; "
                        + "a categorical auxiliary lists every level, a numeric one has one row with an empty level");
            }
            if (level.isEmpty()) {
                numericTotal = total;
                return;
            }
            if (total < 0) {
                throw new FrameException(row.location() + ": " + variable + " " + level + " has population count "
                        + Numbers.format(total) + "; a count cannot be negative");
            }
            Long first = lines.putIfAbsent(level, row.line());
            if (first != null) {
                throw new FrameException(row.location() + ": " + variable + " " + level
                        + " is listed twice (first on line " + first + ")");
            }
            levels.put(level, total);
        }

        CalibrationTotals.Auxiliary auxiliary() {
            double total = numericTotal != null ? numericTotal
                    : levels.values().stream().mapToDouble(Double::doubleValue).sum();
            return new CalibrationTotals.Auxiliary(variable, levels, total, line);
        }
    }
}
