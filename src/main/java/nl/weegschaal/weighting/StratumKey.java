package nl.weegschaal.weighting;

import java.util.List;

/** The values of the strata columns that identify one stratum, e.g. {@code 07 x 20-99}. */
public record StratumKey(List<String> values) implements Comparable<StratumKey> {
    public StratumKey {
        values = List.copyOf(values);
    }

    public static StratumKey of(String... values) {
        return new StratumKey(List.of(values));
    }

    /** A stratum from its label, {@code "07 x 20-99"}: the values joined by {@code " x "}. */
    public static StratumKey parse(String label) {
        return new StratumKey(java.util.Arrays.stream(label.split(" x ")).map(String::trim).toList());
    }

    /** The label used in messages and tables: the values joined by {@code " x "}. */
    @Override
    public String toString() {
        return String.join(" x ", values);
    }

    @Override
    public int compareTo(StratumKey other) {
        for (int i = 0; i < Math.min(values.size(), other.values.size()); i++) {
            int c = values.get(i).compareTo(other.values.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(values.size(), other.values.size());
    }
}
