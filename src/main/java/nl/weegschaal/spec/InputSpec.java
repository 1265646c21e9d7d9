package nl.weegschaal.spec;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One export of a wave and how its columns map to the wave's fields.
 *
 * @param mode           how the answers were collected; null when the run does not say ({@code weigh})
 * @param missing        answer values that mean "no answer" (item nonresponse) in this export
 * @param options        how the cells of multiple-response options read
 * @param columns        field (id, sbi, employees, a variable, or {@code variable.option}) to export column
 * @param maxRejectShare the largest share of this export's records that may be rejected (null: the wave's)
 * @param decimalComma   whether the answers to numeric questions write decimals with a comma ({@code 12,5})
 *                       rather than a point ({@code decimal: comma})
 */
public record InputSpec(String name, @Nullable Mode mode, Path file, Format format, char delimiter, Charset encoding,
                        @Nullable String sheet, Answers answers, List<String> missing, OptionCells options,
                        Map<String, String> columns, @Nullable Double maxRejectShare,
                        boolean decimalComma) {
    public InputSpec {
        missing = List.copyOf(missing);
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** How the answers were collected. */
    public enum Mode { CATI, CAWI }

    /** The file format of the export. */
    public enum Format { CSV, XLSX }

    /** Whether answer cells hold the codebook's values, its Dutch labels, or the answers as they are ({@code weigh}). */
    public enum Answers { CODES, LABELS, AS_IS }

    /** What an empty option cell of a respondent who was asked the question means. */
    public enum BlankOption {
        /** No answer: with every option empty, the respondent is out of the question's base. */
        MISSING,
        /** Not ticked: with every option empty, the respondent was asked and ticked nothing. */
        NOT_TICKED
    }

    /**
     * How a multiple-response option's cell reads.
     *
     * @param ticked      cell values that mean ticked
     * @param optionLabel whether a cell holding the option's own label (or an alias) also means ticked
     * @param notTicked   cell values that mean not ticked
     * @param blank       what an empty cell means
     */
    public record OptionCells(List<String> ticked, boolean optionLabel, List<String> notTicked, BlankOption blank) {
        public OptionCells {
            ticked = List.copyOf(ticked);
            notTicked = List.copyOf(notTicked);
        }
    }
}
