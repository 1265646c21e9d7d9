package nl.weegschaal.strata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.strata.SbiCode.Scheme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the classification files that ship with weegschaal: {@code editions.txt} (which editions there are) and
 * {@code <edition>.csv} (the codes of one, described in its header comment). The files are part of the program, so
 * a broken file is a defect of the build, reported with its file and line, not a user's mistake.
 */
final class SbiEditionFile {
    private static final String FOLDER = "/nl/weegschaal/strata/";
    private static final List<String> COLUMNS = List.of("level", "code", "parent", "scheme", "title_nl", "title_en");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setHeader().setSkipHeaderRecord(true).get();

    private SbiEditionFile() {
    }

    /** The editions of {@code editions.txt}: name ({@code sbi-2008}) to title ({@code SBI 2008}), in file order. */
    static Map<String, String> editions() {
        Map<String, String> editions = new LinkedHashMap<>();
        String text = read("editions.txt");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalStateException("editions.txt line " + (i + 1) + ": expected 'edition = title'");
            }
            editions.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return editions;
    }

    /** The codes of {@code <edition>.csv} in file order, each checked against the codes before it. */
    static List<SbiCode> codes(String edition) {
        String file = edition + ".csv";
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return codes(file, reader);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The codes of a classification file read from {@code reader}; {@code file} names it in errors. */
    static List<SbiCode> codes(String file, Reader reader) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new IllegalStateException(file + ": the columns must be " + String.join(",", COLUMNS));
            }
            Map<String, SbiCode> seen = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                String problem = problem(record, seen);
                if (problem != null) {
                    throw new IllegalStateException(file + " line " + parser.getCurrentLineNumber() + ": " + problem);
                }
                seen.put(record.get("code"), code(record));
            }
            return List.copyOf(seen.values());
        }
    }

    /** A record that {@link #problem} found right, as a code. */
    private static SbiCode code(CSVRecord record) {
        return new SbiCode(level(record.get("level")), record.get("code"),
                record.get("parent").isEmpty() ? null : record.get("parent"), Scheme.of(record.get("scheme")),
                record.get("title_nl"), record.get("title_en"));
    }

    /** What is wrong with a record, given the codes before it, or null if nothing is. */
    private static @Nullable String problem(CSVRecord record, Map<String, SbiCode> seen) {
        if (record.size() != COLUMNS.size()) {
            return "expected " + COLUMNS.size() + " fields, found " + record.size();
        }
        SbiLevel level = level(record.get("level"));
        String code = record.get("code");
        Scheme scheme = Scheme.of(record.get("scheme"));
        if (level == null || scheme == null) {
            return "unknown level '" + record.get("level") + "' or scheme '" + record.get("scheme") + "'";
        }
        boolean shaped = level == SbiLevel.SECTION ? code.matches("[A-Z]")
                : code.matches("\\d{2,5}") && SbiLevel.ofDigits(code) == level;
        if (!shaped) {
            return "'" + code + "' is not the code of a " + level.word();
        }
        if (seen.containsKey(code)) {
            return "the code " + code + " is given twice";
        }
        return parentProblem(level, code, scheme, record.get("parent"), seen);
    }

    private static @Nullable String parentProblem(SbiLevel level, String code, Scheme scheme, String parent,
                                                  Map<String, SbiCode> seen) {
        if (level == SbiLevel.SECTION) {
            return parent.isEmpty() ? null : "a section has no parent";
        }
        SbiCode above = seen.get(parent);
        if (above == null || above.level().ordinal() != level.ordinal() - 1) {
            return "the parent '" + parent + "' of " + code + " is not a " + SbiLevel.values()[level.ordinal() - 1]
                    .word() + " given before it";
        }
        if (level != SbiLevel.DIVISION && !code.startsWith(parent)) {
            return code + " does not start with its parent " + parent;
        }
        return scheme != Scheme.NACE_ONLY && !above.inSbi() ? code + " is in the SBI but its parent is not" : null;
    }

    private static @Nullable SbiLevel level(String word) {
        for (SbiLevel level : SbiLevel.values()) {
            if (level.word().equals(word)) {
                return level;
            }
        }
        return null;
    }

    private static String read(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = SbiEditionFile.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("the classification file " + FOLDER + file + " is missing from the program");
        }
        return in;
    }
}
