package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One ordered read of respondents' columns as {@link RespondentValues#read} asks DuckDB for them
 * (design stratum, export, line, then per categorical column a code or a position, per numeric field a code
 * or a number), in primitive arrays, and their decoding: a coded field's codes become the indices of
 * its observed values (sorted), or numbers, through the export's {@link StagedCodes}.
 */
final class RespondentColumns {
    private static final int MISSING = -1;
    final int[] strata;
    final short[] input;
    /** Per respondent, its line in its export (with {@link #input}, the key of a response). */
    final long[] line;
    /** Per categorical column: a coded field's code, a strata column's position (-1: missing; no code is negative). */
    final int[][] codes;
    /** Per numeric field: a coded field's code (-1: missing); a strata column's number in {@link #values}. */
    final int[][] numericCodes;
    final double[][] values;
    private final int size;

    RespondentColumns(int size, int columns, int fields) {
        this.size = size;
        strata = new int[size];
        input = new short[size];
        line = new long[size];
        codes = new int[columns][size];
        numericCodes = new int[fields][];
        values = new double[fields][];
    }

    /**
     * Reads every row of the query; checks that it has as many rows as the design has respondents. The
     * query gives {@code packed}'s words first (the stratum, the export, the line, per categorical column
     * its code or position, per coded numeric field its code), then the number of each numeric field
     * that is not coded.
     *
     * @param numericCoded per numeric field, whether it is a coded field
     */
    void fill(ResultSet r, PackedInts packed, List<Boolean> numericCoded) throws SQLException {
        for (int f = 0; f < numericCoded.size(); f++) {
            if (numericCoded.get(f)) {
                numericCodes[f] = new int[size];
            } else {
                values[f] = new double[size];
            }
        }
        int columns = codes.length;
        long[] words = new long[packed.words()];
        int i = 0;
        for (; r.next(); i++) {
            if (i == size) {
                throw new IllegalStateException("the design counts " + size + " respondents, the responses have more");
            }
            packed.read(r, 1, words);
            strata[i] = (int) packed.value(words, 0);
            input[i] = (short) packed.value(words, 1);
            line[i] = packed.value(words, 2);
            for (int k = 0; k < columns; k++) {
                codes[k][i] = (int) packed.value(words, 3 + k);
            }
            int coded = 3 + columns;
            int number = words.length + 1;
            for (int f = 0; f < numericCodes.length; f++) {
                if (numericCodes[f] != null) {
                    numericCodes[f][i] = (int) packed.value(words, coded++);
                } else {
                    double x = r.getDouble(number++);
                    values[f][i] = r.wasNull() ? Double.NaN : x;
                }
            }
        }
        if (i != size) {
            throw new IllegalStateException("the design counts " + size + " respondents, the responses " + i);
        }
    }

    /** The levels of coded categorical column k (field index {@code field}): observed values, sorted. */
    RespondentValues.Levels levels(int k, StagedCodes staged, int field) {
        int[] code = codes[k];
        List<StagedCodes.Codes> byInput = codesByInput(staged, field);
        boolean[][] seen = new boolean[byInput.size()][];
        for (int o = 0; o < seen.length; o++) {
            seen[o] = new boolean[byInput.get(o).size()];
        }
        short[] inputs = input;
        for (int i = 0; i < size; i++) {
            boolean[] of = seen[inputs[i]];
            if (code[i] >= 0 && code[i] < of.length) {
                of[code[i]] = true;
            }
        }
        TreeSet<String> observed = new TreeSet<>();
        for (int o = 0; o < seen.length; o++) {
            for (int c = 0; c < seen[o].length; c++) {
                String text = byInput.get(o).text()[c];
                if (seen[o][c] && text != null) {
                    observed.add(text);
                }
            }
        }
        List<String> values = List.copyOf(observed);
        int[][] position = new int[byInput.size()][];
        for (int o = 0; o < position.length; o++) {
            StagedCodes.Codes c = byInput.get(o);
            int[] p = new int[c.size()];
            for (int j = 0; j < p.length; j++) {
                p[j] = c.text()[j] == null ? MISSING : java.util.Collections.binarySearch(values, c.text()[j]);
            }
            position[o] = p;
        }
        int[] index = new int[size];
        for (int i = 0; i < size; i++) {
            int[] p = position[inputs[i]];
            index[i] = code[i] >= 0 && code[i] < p.length ? Math.max(MISSING, p[code[i]]) : MISSING;
        }
        return new RespondentValues.Levels(values, index);
    }

    /** The numbers of coded numeric field f (field index {@code field}); NaN where missing or no number. */
    double[] numbers(int f, StagedCodes staged, int field) {
        int[] code = numericCodes[f];
        List<StagedCodes.Codes> byInput = codesByInput(staged, field);
        double[][] byExport = new double[byInput.size()][];
        for (int o = 0; o < byExport.length; o++) {
            byExport[o] = byInput.get(o).number();
        }
        short[] inputs = input;
        double[] numbers = new double[size];
        for (int i = 0; i < size; i++) {
            double[] number = byExport[inputs[i]];
            numbers[i] = code[i] >= 0 && code[i] < number.length ? number[code[i]] : Double.NaN;
        }
        return numbers;
    }

    /**
     * The first respondent whose coded numeric field holds text that is no number: {index, text}, or null.
     *
     * @param code  per respondent, the field's code (-1: missing)
     * @param input per respondent, its export
     */
    static String @Nullable [] firstNonNumber(int[] code, short[] input, StagedCodes staged, int field) {
        List<StagedCodes.Codes> byInput = codesByInput(input, staged, field);
        for (int i = 0; i < code.length; i++) {
            StagedCodes.Codes c = byInput.get(input[i]);
            if (code[i] >= 0 && code[i] < c.size() && c.notNumber()[code[i]]) {
                return new String[] {Integer.toString(i), c.text()[code[i]]};
            }
        }
        return null;
    }

    /** A field's codes per export, indexed by the export's input order. */
    private List<StagedCodes.Codes> codesByInput(StagedCodes staged, int field) {
        return codesByInput(input, staged, field);
    }

    private static List<StagedCodes.Codes> codesByInput(short[] input, StagedCodes staged, int field) {
        int inputs = 0;
        for (short o : input) {
            inputs = Math.max(inputs, o + 1);
        }
        List<StagedCodes.Codes> byInput = new ArrayList<>();
        for (int o = 0; o < inputs; o++) {
            byInput.add(staged.of(o, field));
        }
        return byInput;
    }
}
