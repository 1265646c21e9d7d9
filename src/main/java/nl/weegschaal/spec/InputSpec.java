package nl.weegschaal.spec;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One export of a wave and how its columns map to the wave's fields.
 *
 * @param columns   field (id, sbi, employees, a variable, or {@code variable.option}) to export column
 * @param ticked    cell values that mean a multiple-response option was ticked
 * @param notTicked cell values that mean it was not ticked (anything else is rejected)
 */
public record InputSpec(String name, Mode mode, Path file, Format format, char delimiter, Charset encoding,
                        @Nullable String sheet, Answers answers, List<String> ticked, List<String> notTicked,
                        Map<String, String> columns) {
    public InputSpec {
        ticked = List.copyOf(ticked);
        notTicked = List.copyOf(notTicked);
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** How the answers were collected. */
    public enum Mode { CATI, CAWI }

    /** The file format of the export. */
    public enum Format { CSV, XLSX }

    /** Whether answer cells hold the codebook's values or its Dutch labels. */
    public enum Answers { CODES, LABELS }
}
