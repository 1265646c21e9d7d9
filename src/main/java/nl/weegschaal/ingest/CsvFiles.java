package nl.weegschaal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens the product's CSV inputs: UTF-8 with or without BOM (invalid bytes are an error, not
 * replaced), a header row, comma-separated, RFC 4180 quoting, every field read as text.
 */
public final class CsvFiles {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // blank lines come through as records (and are skipped by the reader) so that line numbers stay right
            .setIgnoreEmptyLines(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private CsvFiles() {
    }

    /** Opens a UTF-8, comma-separated file; see {@link #open(Path, char, Charset)}. */
    public static CSVParser open(Path path) {
        return open(path, ',', StandardCharsets.UTF_8);
    }

    /**
     * Opens a parser positioned after the header; the caller closes it. Bytes that are not valid in
     * the encoding are an error, never replaced.
     */
    public static CSVParser open(Path path, char delimiter, Charset encoding) {
        if (!Files.exists(path)) {
            throw new InputFileException(path + ": file not found");
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException(path + ": is a directory, not a CSV file");
        }
        try {
            InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(path)).get();
            Reader reader = new InputStreamReader(in, encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVFormat format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new InputFileException(path + ": the file is empty; expected a header row");
            }
            return parser;
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new InputFileException(path + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            Long invalid = lineOfInvalidByte(path, encoding, e);
            if (invalid != null) { // the header read fills a buffer: the bad bytes may be on a later line
                throw new InputFileException(path + " line " + invalid + ": " + describe(e, encoding), e);
            }
            throw new InputFileException(path + " line 1: cannot read the header: " + describe(e, encoding), e);
        }
    }

    /** Checks that every required column is in the header of an export ({@code where}: file, and sheet). */
    public static void requireColumns(String where, List<String> header, List<String> required) {
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InputFileException(where + ": column '" + column + "' does not exist; the header has: "
                        + String.join(", ", header));
            }
        }
    }

    /** The positions of columns known to be in the header. */
    public static int[] positions(List<String> header, List<String> names) {
        return names.stream().mapToInt(header::indexOf).toArray();
    }

    /**
     * The 1-based line of the first byte sequence that is not valid in the encoding, when the failure
     * is a decoding error, else null. The decoder reads a buffer ahead of the parser, so the parser's
     * own line is too early; this scans the file again, counting line ends up to the bad bytes.
     */
    static @org.jspecify.annotations.Nullable Long lineOfInvalidByte(Path path, Charset encoding, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (!(cause instanceof java.nio.charset.CharacterCodingException)) {
            return null;
        }
        java.nio.charset.CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64 * 1024);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (true) {
                int n = end ? -1 : stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                java.nio.charset.CoderResult result = decoder.decode(in, out, end);
                out.flip();
                for (int i = 0; i < out.limit(); i++) {
                    if (out.get(i) == '\n') {
                        line++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    return line;
                }
                in.compact();
                if (end && !result.isOverflow()) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The innermost message of a parser failure, which carries the line commons-csv reports. */
    static String describe(Throwable e) {
        return describe(e, StandardCharsets.UTF_8);
    }

    static String describe(Throwable e, Charset encoding) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "the file is not valid " + encoding.name() + " (set the input's encoding if it is another one)";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.indexOf('\0') >= 0) { // commons-csv quotes the offending text, which would be unprintable
            return "the text contains NUL bytes; the file is binary, damaged or in another encoding (UTF-16?)";
        }
        message = message.replaceAll("[\\r\\n\\t]+", " ");
        return message.length() > 500 ? message.substring(0, 500) + "..." : message;
    }
}
