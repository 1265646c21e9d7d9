package nl.weegschaal.generate;

import java.io.IOException;

/**
 * Where the records of a wave go, in export order: the two export files ({@link ExportFiles}) or
 * memory ({@link WaveRecords}). The row passed is reused by the caller: a sink that keeps it copies it.
 */
interface ExportSink {
    /** Appends a record to {@code cati.csv}; returns its line number (header = line 1). */
    long cati(ExportRow row) throws IOException;

    /** Appends a record to {@code cawi.xlsx}; returns its row number as a spreadsheet shows it (header = row 1). */
    long cawi(ExportRow row) throws IOException;
}
