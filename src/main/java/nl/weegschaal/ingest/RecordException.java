package nl.weegschaal.ingest;

import nl.weegschaal.WeegschaalException;

/** One response record cannot be used (missing stratum value, duplicated id, ...). */
public class RecordException extends WeegschaalException {
    public RecordException(SourceRecord record, String problem) {
        super(record.location() + ": " + problem + " (record: " + record.raw() + ")");
    }
}
