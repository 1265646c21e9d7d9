package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.atomic.AtomicInteger;
import nl.weegschaal.WeegschaalException;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Fuzzing of the ingest: random mutations of the sample exports (byte flips, deleted, duplicated and
 * swapped lines, inserted quotes, delimiters, NULs and line ends, truncation) go through the export
 * reader and the harmoniser of the sample spec for a bounded time ({@code -Dweegschaal.fuzz.seconds},
 * default 4 per export), and a few through the whole wave job. Every try must end in records and
 * rejects (a result), or in a named {@link WeegschaalException} whose message is one line naming the
 * file; never another exception, never a hang, never a half-written result. Try {@code n} of a run
 * with seed {@code s} ({@code -Dweegschaal.fuzz.seed}) is the same on every machine, so a failure,
 * which names both, can be replayed.
 */
class HostileInputFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    /** A run of the whole job on the sample wave takes seconds, on a busy machine tens of them. */
    private static final Duration JOB_LIMIT = Duration.ofMinutes(2);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("weegschaal.fuzz.seconds", 4));
    private static final int JOB_RUNS = Integer.getInteger("weegschaal.fuzz.job-runs", 8);
    static final long SEED = Long.getLong("weegschaal.fuzz.seed", 20241116L);
    private static final WaveSpec SPEC = SpecLoader.load(Path.of("jobs/wave-2024.yml"));
    private static final byte[] CATI = read("sample-data/wave-2024/cati.csv");
    private static final byte[] CAWI = read("sample-data/wave-2024/cawi.xlsx");
    private static final AtomicInteger COMPLETED = new AtomicInteger();
    private static final AtomicInteger NAMED = new AtomicInteger();
    private static final long STARTED = System.nanoTime();

    enum Kind { FLIP_BYTE, SET_BYTE, INSERT_QUOTE, INSERT_DELIMITER, INSERT_NUL, INSERT_NEWLINE, INSERT_CR,
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_RANGE, TRUNCATE, INSERT_HIGH_BYTE }

    /** One mutation: what, where (a fraction of the file) and a byte to use. */
    record Mutation(Kind kind, double at, byte value) {
    }

    /** 1 to 6 random mutations. */
    static List<Mutation> mutations(Random random) {
        List<Mutation> mutations = new java.util.ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(6); i < count; i++) {
            mutations.add(new Mutation(Kind.values()[random.nextInt(Kind.values().length)], random.nextDouble(),
                    (byte) random.nextInt(256)));
        }
        return mutations;
    }

    @Test
    void mutatedCatiExportsEndInRecordsOrANamedError() throws Exception {
        fuzz("cati", CATI, ".csv", SEED);
    }

    @Test
    void mutatedCawiWorkbooksEndInRecordsOrANamedError() throws Exception {
        fuzz("cawi", CAWI, ".xlsx", SEED + 1);
    }

    /**
     * Mutated exports through the whole wave job (in this JVM): a run ends with exit 0 and a whole
     * result and workbook, or with exit 1, one named line, and no result, pending result or
     * temporary file in the output folder.
     */
    @Test
    void mutatedExportsThroughTheWholeJobEndInAResultOrANamedErrorNeverHalfWritten(@TempDir Path dir)
            throws Exception {
        int results = 0;
        for (int attempt = 0; attempt < JOB_RUNS; attempt++) {
            // one mutation each, so that some runs get through to a result (with rejects) and some do not
            List<Mutation> mutations = mutations(new Random(SEED * 31 + attempt)).subList(0, 1);
            boolean csv = attempt % 3 != 2;
            Path spec = nl.weegschaal.testing.SampleProject.copyTo(dir.resolve("try-" + attempt));
            Path export = spec.getParent().getParent().resolve("sample-data/wave-2024/" + (csv ? "cati.csv" : "cawi.xlsx"));
            Files.write(export, mutate(csv ? CATI : CAWI, mutations));
            nl.weegschaal.testing.CliRun run = assertTimeoutPreemptively(JOB_LIMIT, () -> nl.weegschaal.testing.CliRun
                    .of(dir.resolve("home"), "run", spec.toString()), "seed " + SEED + " job try " + attempt + " "
                    + mutations + ": a hang");
            Path out = spec.getParent().getParent().resolve("out");
            String what = "seed " + SEED + " job try " + attempt + " " + mutations + ": " + run.err();
            assertThat(run.exitCode()).as(what).isIn(ExitCodes.OK, ExitCodes.INPUT_ERROR);
            if (run.exitCode() == ExitCodes.OK) {
                assertThat(out.resolve("wave-2024.duckdb")).as(what).isNotEmptyFile();
                assertThat(out.resolve("wave-2024.xlsx")).as(what).isNotEmptyFile();
                results++;
            } else {
                assertThat(run.err().strip()).as(what).startsWith("weegschaal: error: ").doesNotContain("\n");
                assertThat(out.resolve("wave-2024.duckdb")).as(what).doesNotExist();
                assertThat(out.resolve("wave-2024.xlsx")).as(what).doesNotExist();
            }
            try (java.util.stream.Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(what)
                        .noneMatch(name -> name.contains(".tmp-") || name.contains(".pending."));
            }
        }
        org.slf4j.LoggerFactory.getLogger(HostileInputFuzzTest.class).info("whole job: {} mutated runs, {} with a "
                + "result, {} with a named error (seed {})", JOB_RUNS, results, JOB_RUNS - results, SEED);
    }

    /** Mutated versions of one export through its reader and the harmoniser, until the budget is spent. */
    private static void fuzz(String name, byte[] original, String suffix, long seed) throws Exception {
        InputSpec input = SPEC.inputs().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int attempt = 0;
        for (; attempt < 50 || System.nanoTime() < deadline; attempt++) {
            List<Mutation> mutations = mutations(new Random(seed * 1_000_003 + attempt));
            try {
                ingest(input, mutate(original, mutations), suffix);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("seed " + seed + " try " + attempt + " " + mutations + ": " + e, e);
            }
        }
        org.slf4j.LoggerFactory.getLogger(HostileInputFuzzTest.class).info("{}: {} mutated exports in {} s (seed {})",
                name, attempt, BUDGET.toSeconds(), seed);
    }

    @AfterAll
    static void report() {
        org.slf4j.LoggerFactory.getLogger(HostileInputFuzzTest.class).info(
                "{} tries ended in records/rejects, {} in a named error, {} s", COMPLETED.get(), NAMED.get(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - STARTED) / 1e9));
    }

    private static void ingest(InputSpec input, byte[] content, String suffix) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve((input.name()) + suffix);
        Files.write(file, content);
        try {
            assertTimeoutPreemptively(LIMIT, () -> readAndHarmonise(input, file), "a hang");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void readAndHarmonise(InputSpec input, Path file) throws Exception {
        List<String> columns = new ArrayList<>(input.columns().values());
        ExportReader reader = switch (input.format()) {
            case CSV -> new CsvRecordReader(file, columns, input.delimiter(), input.encoding());
            case XLSX -> new XlsxRecordReader(file, input.sheet(), columns);
        };
        Harmoniser harmoniser = new Harmoniser(SPEC, input);
        int records = 0;
        int rejects = 0;
        try {
            reader.open(new ExecutionContext());
            harmoniser.bind(reader.source(), reader.header());
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                Harmoniser.Outcome outcome = harmoniser.harmonise(r);
                assertThat(outcome.record()).isNotNull();
                if (!outcome.accepted()) {
                    rejects++;
                    assertThat(outcome.rejects()).allSatisfy(reject -> assertThat(reject.reason()).isNotBlank());
                } else {
                    records++;
                }
            }
            COMPLETED.incrementAndGet();
        } catch (Exception e) {
            WeegschaalException named = named(e);
            if (named == null) {
                throw new AssertionError("not a named error: " + e, e);
            }
            assertThat(named.getMessage()).as("one line naming the file").contains(file.getFileName().toString())
                    .doesNotContain("\n").doesNotContain("\0");
            NAMED.incrementAndGet();
        } finally {
            reader.close();
        }
        assertThat(records + rejects).isGreaterThanOrEqualTo(0);
    }

    private static WeegschaalException named(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WeegschaalException w) {
                return w;
            }
        }
        return null;
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] bytes = original;
        for (Mutation m : mutations) {
            int at = (int) Math.min(bytes.length - 1, Math.max(0, m.at() * bytes.length));
            bytes = switch (m.kind()) {
                case FLIP_BYTE -> set(bytes, at, (byte) (bytes[at] ^ (1 << (m.value() & 7))));
                case SET_BYTE -> set(bytes, at, m.value());
                case INSERT_QUOTE -> insert(bytes, at, (byte) '"');
                case INSERT_DELIMITER -> insert(bytes, at, (byte) ';');
                case INSERT_NUL -> insert(bytes, at, (byte) 0);
                case INSERT_NEWLINE -> insert(bytes, at, (byte) '\n');
                case INSERT_CR -> insert(bytes, at, (byte) '\r');
                case INSERT_HIGH_BYTE -> insert(bytes, at, (byte) (m.value() | 0x80));
                case DELETE_LINE -> lines(bytes, at, false);
                case DUPLICATE_LINE -> lines(bytes, at, true);
                case SWAP_LINES -> swap(bytes, at);
                case DELETE_RANGE -> cut(bytes, at, Math.min(bytes.length, at + 1 + (m.value() & 0xff)));
                case TRUNCATE -> Arrays.copyOf(bytes, at);
            };
            if (bytes.length == 0) {
                break;
            }
        }
        return bytes;
    }

    private static byte[] set(byte[] bytes, int at, byte value) {
        byte[] copy = bytes.clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] copy = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        copy[at] = value;
        System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
        return copy;
    }

    private static byte[] cut(byte[] bytes, int from, int to) {
        byte[] copy = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, copy, 0, from);
        System.arraycopy(bytes, to, copy, from, bytes.length - to);
        return copy;
    }

    /** The line around {@code at}, deleted or duplicated. */
    private static byte[] lines(byte[] bytes, int at, boolean duplicate) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        end = Math.min(bytes.length, end + 1);
        if (!duplicate) {
            return cut(bytes, start, end);
        }
        byte[] copy = new byte[bytes.length + (end - start)];
        System.arraycopy(bytes, 0, copy, 0, end);
        System.arraycopy(bytes, start, copy, end, bytes.length - start);
        return copy;
    }

    /** The line around {@code at} swapped with the first line (often the header). */
    private static byte[] swap(byte[] bytes, int at) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = (int) Math.min(lines.size() - 1, (long) text.substring(0, at).chars().filter(c -> c == '\n').count());
        String first = lines.get(0);
        lines.set(0, lines.get(line));
        lines.set(line, first);
        return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
