package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reading CSV inputs: encoding, quoting, missing values, line numbers, restart and malformed files. */
class CsvRecordReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<SourceRecord> readAll(CsvRecordReader reader) throws Exception {
        return nl.weegschaal.testing.Records.readAll(reader);
    }

    private static List<String> values(SourceRecord record) {
        return nl.weegschaal.testing.Records.values(record);
    }

    @Test
    void byteOrderMarkIsStripped() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = "id,sector\n01,07\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        CsvRecordReader reader = new CsvRecordReader(file, List.of("id", "sector"));
        List<SourceRecord> records = readAll(reader);
        assertThat(reader.header()).containsExactly("id", "sector");
        assertThat(reader.header().get(0)).doesNotContain("\uFEFF").hasSize(2);
        assertThat(values(records.get(0))).containsExactly("01", "07");
    }

    @Test
    void quotingLeadingZerosAndMissingValues() throws Exception {
        Path file = write("q.csv", "id,name,note,x\n"
                + "01,\"Smit, Jansen & Co\",\"says \"\"hi\"\"\",NA\n"
                + "002,\"two\nlines\",,\"\"\n"
                + "3,plain,na,0\n");
        List<SourceRecord> records = readAll(new CsvRecordReader(file, List.of()));
        assertThat(records).hasSize(3);
        assertThat(values(records.get(0))).containsExactly("01", "Smit, Jansen & Co", "says \"hi\"", "NA");
        assertThat(values(records.get(1))).containsExactly("002", "two\nlines", "", "");
        assertThat(records.get(0).value(0)).isEqualTo("01"); // not the number 1
        assertThat(SourceRecord.isMissing(records.get(0).value(3))).isTrue();  // NA
        assertThat(SourceRecord.isMissing(records.get(1).value(2))).isTrue();  // empty
        assertThat(SourceRecord.isMissing(records.get(1).value(3))).isTrue();  // quoted empty
        assertThat(SourceRecord.isMissing(records.get(2).value(2))).isFalse(); // lower-case na is an answer
        assertThat(SourceRecord.isMissing(records.get(2).value(3))).isFalse(); // 0 is an answer
        assertThat(records.get(0).file()).isEqualTo("q.csv");
    }

    @Test
    void crlfLineEnds() throws Exception {
        Path file = write("crlf.csv", "id,x\r\n1,a\r\n2,\"b\r\nc\"\r\n3,d\r\n");
        List<SourceRecord> records = readAll(new CsvRecordReader(file, List.of("x")));
        assertThat(records).hasSize(3);
        assertThat(values(records.get(0))).containsExactly("1", "a"); // no stray \r
        assertThat(values(records.get(2))).containsExactly("3", "d");
        // header line 1, records on lines 2, 3 (spanning 3-4) and 5
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void lineNumbersAfterMultiLineField() throws Exception {
        // line 1 header; 2: r1; 3-5: r2 (field spans three lines); 6: r3; 7: r4
        Path file = write("lines.csv", "id,x\n1,a\n2,\"b\nc\nd\"\n3,e\n4,f\n");
        List<SourceRecord> records = readAll(new CsvRecordReader(file, List.of()));
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L, 6L, 7L);
        assertThat(records.get(2).location()).isEqualTo("lines.csv line 6");
    }

    @Test
    void lineNumbersAfterBlankLine() throws Exception {
        // line 1 header; 2: r1; 3: blank; 4: r2
        Path file = write("blank.csv", "id,x\n1,a\n\n2,b\n");
        List<SourceRecord> records = readAll(new CsvRecordReader(file, List.of()));
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 4L);
    }

    @Test
    void restartContinuesAfterTheSavedCount() throws Exception {
        Path file = write("restart.csv", "id,x\n1,a\n2,b\n3,\"c\nc\"\n4,d\n5,e\n");
        ExecutionContext ctx = new ExecutionContext();
        CsvRecordReader first = new CsvRecordReader(file, List.of("id"));
        first.open(ctx);
        assertThat(first.read().value(0)).isEqualTo("1");
        assertThat(first.read().value(0)).isEqualTo("2");
        assertThat(first.read().value(0)).isEqualTo("3");
        first.update(ctx);
        first.close();

        CsvRecordReader second = new CsvRecordReader(file, List.of("id"));
        second.open(ctx);
        try {
            SourceRecord fourth = second.read();
            assertThat(values(fourth)).containsExactly("4", "d");
            assertThat(fourth.line()).isEqualTo(6L); // r3 spans lines 4-5
            assertThat(second.read().value(0)).isEqualTo("5");
            assertThat(second.read()).isNull();
        } finally {
            second.close();
        }
    }

    @Test
    void raggedRowNamesFileAndLine() throws Exception {
        Path file = write("ragged.csv", "id,x\n1,a\n2\n3,c\n");
        assertThatThrownBy(() -> readAll(new CsvRecordReader(file, List.of())))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("ragged.csv line 3")
                .hasMessageContaining("1 fields")
                .hasMessageContaining("header has 2");
        Path wide = write("wide.csv", "id,x\n1,a,extra\n");
        assertThatThrownBy(() -> readAll(new CsvRecordReader(wide, List.of())))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("wide.csv line 2")
                .hasMessageContaining("3 fields");
    }

    @Test
    void unbalancedQuoteNamesFileAndLine() throws Exception {
        // the quote opened on line 3 never closes
        Path file = write("quote.csv", "id,x\n1,a\n2,\"b\n3,c\n");
        assertThatThrownBy(() -> readAll(new CsvRecordReader(file, List.of())))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("quote.csv")
                .hasMessageContaining("line 3");
    }

    @Test
    void recordsBeforeAMalformedOneAreDelivered() throws Exception {
        Path file = write("late.csv", "id,x\n1,a\n2\n");
        CsvRecordReader reader = new CsvRecordReader(file, List.of());
        reader.open(new ExecutionContext());
        try {
            assertThat(reader.read().value(0)).isEqualTo("1");
            assertThatThrownBy(reader::read).isInstanceOf(InputFileException.class)
                    .hasMessageContaining("late.csv line 3");
        } finally {
            reader.close();
        }
    }

    @Test
    void missingRequiredColumnFailsOnOpen() throws Exception {
        Path file = write("cols.csv", "id,x\n1,a\n");
        CsvRecordReader reader = new CsvRecordReader(file, List.of("id", "sector"));
        assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                .rootCause()
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("cols.csv")
                .hasMessageContaining("column 'sector' does not exist");
    }
}
