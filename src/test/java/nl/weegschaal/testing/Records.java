package nl.weegschaal.testing;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.SourceRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Reading a whole (small) export in a test: every record, and a record's fields as a list. */
public final class Records {
    private Records() {
    }

    public static List<SourceRecord> readAll(ItemStreamReader<SourceRecord> reader) throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
        } finally {
            reader.close();
        }
        return records;
    }

    public static List<String> values(SourceRecord record) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            values.add(record.value(i));
        }
        return values;
    }
}
