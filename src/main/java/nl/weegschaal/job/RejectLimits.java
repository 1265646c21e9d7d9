package nl.weegschaal.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.StrataDerivation;
import org.jspecify.annotations.Nullable;

/**
 * The limits on rejected records, checked before weighting: the wave's share
 * ({@code rejects.max_share}), each export's share ({@code inputs[].max_reject_share}, by default the
 * wave's, so that losing a whole mode stops the run even when that mode is a small part of the wave),
 * and at least one respondent left to weigh.
 */
final class RejectLimits {
    private final WaveSpec spec;
    private final @Nullable Path workFile;

    /** @param workFile the run's work store, where the rejects are; null for one in memory */
    RejectLimits(WaveSpec spec, @Nullable Path workFile) {
        this.spec = spec;
        this.workFile = workFile;
    }

    void check(List<StrataDerivation.Count> counts) {
        long records = counts.stream().mapToLong(StrataDerivation.Count::records).sum();
        long rejected = counts.stream().mapToLong(StrataDerivation.Count::rejected).sum();
        if (share(rejected, records) > spec.maxRejectShare()) {
            throw new RejectLimitException(String.format(Locale.ROOT, "%d of %d records were rejected (%.1f%%), "
                    + "more than the limit of %.1f%% (rejects.max_share in %s)%s", rejected, records,
                    100 * share(rejected, records), 100 * spec.maxRejectShare(), specName(), where()));
        }
        for (int i = 0; i < spec.inputs().size(); i++) {
            InputSpec input = spec.inputs().get(i);
            StrataDerivation.Count count = counts.stream().filter(c -> c.input().equals(input.name())).findFirst()
                    .orElse(new StrataDerivation.Count(input.name(), 0, 0, 0));
            double limit = input.maxRejectShare() == null ? spec.maxRejectShare() : input.maxRejectShare();
            if (share(count.rejected(), count.records()) > limit) {
                throw new RejectLimitException(String.format(Locale.ROOT, "%d of the %d records of export '%s' "
                                + "were rejected (%.1f%%), more than its limit of %.1f%% (inputs[%d].max_reject_share%s "
                                + "in %s); publishing without them would leave out its %s respondents%s",
                        count.rejected(), count.records(), input.name(), 100 * share(count.rejected(), count.records()),
                        100 * limit, i, input.maxRejectShare() == null ? ", by default rejects.max_share" : "",
                        specName(), input.mode(), where()));
            }
        }
        if (rejected == records) {
            throw new RejectLimitException("no respondents left to weigh: all " + records + " records were rejected"
                    + where());
        }
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private String specName() {
        return spec.file() == null ? "the run's settings" : spec.file().getFileName().toString();
    }

    /** Where the rejects can be read, after a separator; nothing for a work store in memory (weigh's). */
    private String where() {
        return workFile == null ? "" : "; the rejects and their reasons are in table rejects of " + workFile;
    }
}
