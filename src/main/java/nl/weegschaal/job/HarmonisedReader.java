package nl.weegschaal.job;

import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.InputFileException;
import nl.weegschaal.ingest.RecordCheck;
import nl.weegschaal.ingest.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads an export's records harmonised (or turned into rejects), binding to the export's header
 * first. An export with a header but no records is an error, not a wave without that mode: it is
 * almost always a failed or unfinished export, and publishing without it would silently drop a mode.
 * In a run that stops at the first record it cannot use ({@code weigh}), each record is checked
 * first. Harmonising as the records are read, rather than in a processor, spares Spring Batch's
 * per-item processing observation, which costs as much as the harmonising on a million records.
 */
class HarmonisedReader implements ItemStreamReader<Harmoniser.Outcome> {
    private final ExportReader reader;
    private final Harmoniser harmoniser;
    private final @Nullable RecordCheck check;
    private final String input;
    private boolean bound;

    /**
     * @param input the export as the user names it: {@code input 'cati'} in a wave, {@code --responses} in {@code weigh}
     */
    HarmonisedReader(ExportReader reader, Harmoniser harmoniser, @Nullable RecordCheck check, String input) {
        this.input = input;
        this.reader = reader;
        this.harmoniser = harmoniser;
        this.check = check;
    }

    @Override
    public Harmoniser.@Nullable Outcome read() throws Exception {
        SourceRecord record = reader.read();
        if (record == null) {
            if (!bound) {
                throw new InputFileException(reader.source() + ": the export has a header but no records"
                        + " (" + input + "), so no respondents; is it a complete export?");
            }
            return null;
        }
        if (!bound) {
            harmoniser.bind(reader.source(), reader.header());
            if (check != null) {
                check.bind(reader.header());
            }
            bound = true;
        }
        if (check == null) {
            return harmoniser.harmonise(record);
        }
        check.check(record);
        Harmoniser.Outcome outcome = harmoniser.harmonise(record);
        if (!outcome.accepted()) {
            // a run that stops at the first record it cannot use (weigh): its first problem, by column
            var reject = outcome.rejects().get(0);
            int named = reject.field().indexOf(" (");
            String column = named < 0 ? reject.field() : harmoniser.column(reject.field().substring(0, named));
            throw new nl.weegschaal.ingest.RecordException(record, "column '" + column + "': '" + reject.value()
                    + "' is " + reject.reason());
        }
        return outcome;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        bound = false;
        reader.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        reader.update(executionContext);
    }

    @Override
    public void close() {
        reader.close();
    }
}
