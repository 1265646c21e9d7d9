package nl.weegschaal.ingest;

import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A streaming reader of one export (CSV or a workbook sheet) whose header is known once it is open. */
public interface ExportReader extends ItemStreamReader<SourceRecord> {

    /** The column names, available once the reader is open. */
    List<String> header();

    /** The export as named in messages: the file name, and the sheet for a workbook. */
    String source();
}
