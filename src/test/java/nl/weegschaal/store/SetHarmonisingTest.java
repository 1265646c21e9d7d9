package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.PlainCsv;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.SmallWave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A CSV export read in bulk and harmonised as a set stages exactly what the record-by-record reader
 * and harmoniser stage: the same records with the same values, lines and ids, and the same problems
 * in the same order, on the sample wave, on the second agency's export and on a hand-made export
 * with every kind of cell that can go wrong.
 */
class SetHarmonisingTest {
    @TempDir
    Path dir;

    @Test
    void theSampleWavesTelephoneExportStagesTheSameInBulk() throws Exception {
        assertSameStaging(SpecLoader.load(Path.of("jobs/wave-2024.yml")), 0, 1);
    }

    @Test
    void routingPatternsTooManyForOneNumberAreKeyedAsTextAndStageTheSame() throws Exception {
        assertSameStaging(SpecLoader.load(Path.of("jobs/wave-2024.yml")), 0, 1, 1);
    }

    @Test
    void theSecondAgencysExportStagesTheSameInBulkOnceItIsUtf8WithoutALineEndInACell() throws Exception {
        Path agency = Path.of("src/test/resources/reference/agency");
        Files.createDirectories(dir.resolve("levering"));
        Files.copy(agency.resolve("frame.csv"), dir.resolve("frame.csv"));
        Files.copy(agency.resolve("levering/online.xlsx"), dir.resolve("levering/online.xlsx"));
        Path export = dir.resolve("levering/telefonisch.csv");
        String delivered = Files.readString(agency.resolve("levering/telefonisch.csv"), Charset.forName("windows-1252"));
        Files.writeString(export, delivered, StandardCharsets.UTF_8);
        try (RunStore store = RunStore.open(dir.resolve("plain.duckdb"))) {
            List<String> header = CsvRecordReader.header(export, List.of(), '\t', StandardCharsets.UTF_8);
            assertThat(new CsvBulkLoad(store).load(export, '\t', header, header)).as("a remark over two lines")
                    .isNotEqualTo(PlainCsv.records(export, StandardCharsets.UTF_8));
        }
        Files.writeString(export, delivered.replace("\r\nTweede poging", " Tweede poging"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("agency.yml"), Files.readString(agency.resolve("agency.yml"))
                .replace("encoding: windows-1252", "encoding: utf-8"));
        assertSameStaging(SpecLoader.load(dir.resolve("agency.yml")), 0, 3);
    }

    @Test
    void everyKindOfBadCellIsRejectedInBulkAsRecordByRecord() throws Exception {
        SmallWave wave = SmallWave.in(dir).with("cati", "missing: [\"9\", \" Geen antwoord \"]");
        wave.cati("A1;6201;12;1;1;", " A2 ;6201;12; 2 ;;", "A3;6201;12;2;1;0", "A4;6201;12;7;;",
                ";6201;12;1;;1", "NA;6201;12;9;;", "A7; 0111 ;1e3;NA;NA;NA", "A8;62010;-4;8;;",
                "A9;\"62;01\";12;\"1\";\"\";\" 1 \"", "A10;6201;12;geen  ANTWOORD;;",
                "A11;6201;12;1;x" + "y".repeat(1200) + ";", "A12;6201;12;;1;", "A13;ñ6201;12;1;2;2",
                "A14;6201;12;\" 1\";1;1", "A1;6201;12;1;1;");
        assertSameStaging(SpecLoader.load(wave.spec()), 0, 7);
        assertSameStaging(SpecLoader.load(wave.spec()), 0, 7, 1);
    }

    @Test
    void idsAreTrimmedInBulkAsJavaTrimsThemWhateverCharacterSurroundsThem() throws Exception {
        SmallWave wave = SmallWave.in(dir);
        wave.cati("\tA1;6201;12;1;1;", "A2\u0001;6201;12;1;1;", "   ;6201;12;1;1;", "\u00e93 ;6201;12;1;1;",
                "A5\u00a0;6201;12;1;1;", "\u0002\u001f;6201;12;1;1;", "A 7;6201;12;1;1;");
        assertSameStaging(SpecLoader.load(wave.spec()), 0, 2);
    }

    @Test
    void aFileWithALineEndInsideAQuotedCellOrABlankLineIsNotPlain() throws Exception {
        Path quoted = Files.writeString(dir.resolve("q.csv"), "a,b\n1,\"x\ny\"\n2,z\n");
        Path blank = Files.writeString(dir.resolve("b.csv"), "a,b\n1,x\n\n2,z\n");
        Path carriageReturn = Files.writeString(dir.resolve("c.csv"), "a,b\r1,x\r");
        Path windows = Files.writeString(dir.resolve("w.csv"), "a,b\r\n1,x\r\n2,z");
        try (RunStore store = RunStore.open(dir.resolve("work.duckdb"))) {
            CsvBulkLoad load = new CsvBulkLoad(store);
            assertThat(PlainCsv.records(quoted, StandardCharsets.UTF_8)).hasValue(3);
            assertThat(load.load(quoted, ',', List.of("a", "b"), List.of("a", "b"))).as("two records, not three")
                    .hasValue(2);
            assertThat(PlainCsv.records(blank, StandardCharsets.UTF_8)).hasValue(3);
            assertThat(load.load(blank, ',', List.of("a", "b"), List.of("a", "b"))).isNotEqualTo(OptionalLong.of(3));
            assertThat(PlainCsv.records(carriageReturn, StandardCharsets.UTF_8)).isEmpty();
            assertThat(PlainCsv.records(windows, StandardCharsets.UTF_8)).hasValue(2);
            assertThat(PlainCsv.records(windows, Charset.forName("windows-1252"))).as("not UTF-8").isEmpty();
        }
    }

    /** Stages input {@code input} of the spec both ways and compares every staged row. */
    private void assertSameStaging(WaveSpec spec, int input, int expectedRejected) throws Exception {
        assertSameStaging(spec, input, expectedRejected, Routes.PACKED);
    }

    /** The same, with routing keys packed into a number only up to {@code packLimit} patterns. */
    private void assertSameStaging(WaveSpec spec, int input, int expectedRejected, long packLimit) throws Exception {
        InputSpec export = spec.inputs().get(input);
        List<String> streamed;
        List<String> bulk;
        try (RunStore store = RunStore.open(dir.resolve("streamed-" + packLimit + ".duckdb"))) {
            long rejected = stream(store, spec, export, input);
            assertThat(rejected).as("records rejected").isEqualTo(expectedRejected);
            streamed = staged(store, spec);
        }
        try (RunStore store = RunStore.open(dir.resolve("bulk-" + packLimit + ".duckdb"))) {
            store.createIngestTables(spec.fields());
            List<String> header = CsvRecordReader.header(export.file(), List.copyOf(export.columns().values()),
                    export.delimiter(), export.encoding());
            OptionalLong records = new CsvBulkLoad(store).load(export.file(), export.delimiter(), header,
                    List.copyOf(new java.util.LinkedHashSet<>(export.columns().values())));
            assertThat(records).as("read in bulk").isEqualTo(PlainCsv.records(export.file(), export.encoding()));
            long rejected = new SetHarmonising(store, new Harmoniser(spec, export), input, packLimit).stage(export.name(),
                    export.file().getFileName().toString());
            assertThat(rejected).isEqualTo(expectedRejected);
            bulk = staged(store, spec);
        }
        assertThat(bulk).isNotEmpty().containsExactlyElementsOf(streamed);
    }

    private static long stream(RunStore store, WaveSpec spec, InputSpec export, int order) throws Exception {
        store.createIngestTables(spec.fields());
        Harmoniser harmoniser = new Harmoniser(spec, export);
        CsvRecordReader reader = new CsvRecordReader(export.file(), List.copyOf(export.columns().values()),
                export.delimiter(), export.encoding());
        reader.open(new ExecutionContext());
        harmoniser.bind(reader.source(), reader.header());
        List<Harmoniser.Outcome> outcomes = new ArrayList<>();
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            outcomes.add(harmoniser.harmonise(record));
        }
        reader.close();
        store.staging(export.name(), order, spec.fields()).append(outcomes);
        return outcomes.stream().filter(o -> !o.accepted()).count();
    }

    /** Every staged row as text, its codes replaced by their values, in a fixed order. */
    private static List<String> staged(RunStore store, WaveSpec spec) throws Exception {
        StringBuilder values = new StringBuilder("SELECT concat_ws('|', r.line, r.record_number, r.id, r.rejected");
        StringBuilder joins = new StringBuilder();
        for (int f = 0; f < spec.fields().size(); f++) {
            values.append(", coalesce(v").append(f).append(".value, '<null>')");
            joins.append(" LEFT JOIN staged_values v").append(f).append(" ON v").append(f).append(".field = ")
                    .append(f).append(" AND v").append(f).append(".code = r.").append(RunStore.quote(spec.fields().get(f)));
        }
        List<String> rows = new ArrayList<>(store.strings(values + ") FROM staged_responses r" + joins
                + " ORDER BY r.line"));
        rows.addAll(store.strings("SELECT concat_ws('|', input, input_order, source, line, problem, "
                + "coalesce(respondent_id, '<null>'), field, coalesce(value, '<null>'), reason) FROM staged_rejects "
                + "ORDER BY line, problem"));
        rows.addAll(store.strings("SELECT concat_ws('|', input_order, input, source, coalesce(mode, '<null>')) "
                + "FROM staged_inputs"));
        return rows;
    }
}
