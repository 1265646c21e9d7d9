package nl.weegschaal.ingest;

import java.util.List;

/**
 * A text column encoded as level codes: {@code codes[i]} indexes {@link #levels()}, or is
 * {@link #MISSING}. Levels are the observed non-missing values in sorted order.
 */
public record CategoricalColumn(String name, List<String> levels, int[] codes) {
    public static final int MISSING = -1;

    public CategoricalColumn {
        levels = List.copyOf(levels);
    }

    public int code(int respondent) {
        return codes[respondent];
    }
}
