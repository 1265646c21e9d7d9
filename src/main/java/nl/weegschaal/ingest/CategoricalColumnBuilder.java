package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary-encodes a text column while records stream in; sorts the levels at the end. */
final class CategoricalColumnBuilder {
    private final String name;
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private int[] codes = new int[1024];
    private int size;

    CategoricalColumnBuilder(String name) {
        this.name = name;
    }

    void add(String value) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, codes.length * 2);
        }
        codes[size++] = SourceRecord.isMissing(value) ? CategoricalColumn.MISSING : code(value);
    }

    /** The level code of a value, adding it as a new level when first seen. */
    int code(String value) {
        Integer code = dictionary.get(value);
        if (code == null) {
            code = labels.size();
            labels.add(value);
            dictionary.put(value, code);
        }
        return code;
    }

    /** The code of a value seen before, or -1. */
    int find(String value) {
        Integer code = dictionary.get(value);
        return code == null ? -1 : code;
    }

    int levels() {
        return labels.size();
    }

    CategoricalColumn build() {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(null);
        int[] remap = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            remap[i] = sorted.indexOf(labels.get(i));
        }
        int[] encoded = Arrays.copyOf(codes, size);
        for (int i = 0; i < size; i++) {
            if (encoded[i] != CategoricalColumn.MISSING) {
                encoded[i] = remap[encoded[i]];
            }
        }
        return new CategoricalColumn(name, sorted, encoded);
    }
}
