package nl.weegschaal.result;

import java.util.Arrays;

/**
 * One text column of a result's respondents, dictionary-coded: {@code codes[i]} is respondent i's value
 * as an index into {@code values}, or -1 where the respondent has none (not asked or no answer).
 */
public record CodedColumn(String[] values, int[] codes) {

    /** The index of {@code value} in {@link #values()}, or -1 when no respondent has it. */
    public int code(String value) {
        return Arrays.asList(values).indexOf(value);
    }
}
