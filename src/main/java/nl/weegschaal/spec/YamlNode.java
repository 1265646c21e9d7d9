package nl.weegschaal.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of the spec's YAML with its key path ({@code inputs[1].format}) and line, so that every
 * validation error can say exactly which key is wrong and where.
 */
final class YamlNode {
    private final String file;
    private final String path;
    private final Node node;

    YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    /** An error about this node: {@code wave-2024.yml line 12: inputs[1].format: ...}. */
    SpecException error(String problem) {
        return new SpecException(file + " line " + (node.getStartMark().getLine() + 1) + ": " + path + ": " + problem);
    }

    /**
     * The keys a mapping may have, in the order docs/job-spec.md gives them, so that an error lists
     * them in that order (a {@code Set.of} would list them in a different order on every run).
     */
    static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(keys)));
    }

    /**
     * The entries of a mapping, checking that every key is one of {@code allowed} (made by {@link #keys}):
     * an unknown key names the valid key it is nearest to, if it looks like a slip, and lists them all.
     */
    Map<String, YamlNode> mapping(Set<String> allowed) {
        Map<String, YamlNode> entries = mapping();
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String meant = KeySuggestion.nearest(entry.getKey(), allowed);
                throw entry.getValue().error("unknown key; " + (meant == null ? "" : "did you mean " + meant + "? ")
                        + "expected one of " + String.join(", ", allowed));
            }
        }
        return entries;
    }

    /** The entries of a mapping with any keys. */
    Map<String, YamlNode> mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value lines)");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error("keys must be plain text");
            }
            String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            if (entries.put(key.getValue(), new YamlNode(file, child, tuple.getValueNode())) != null) {
                throw new YamlNode(file, child, tuple.getKeyNode()).error("the key is given twice");
            }
        }
        return entries;
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new YamlNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
        }
        return items;
    }

    /** A list of texts, or a single text as a list of one. */
    List<String> texts() {
        if (node instanceof ScalarNode) {
            return List.of(text());
        }
        return list().stream().map(YamlNode::text).toList();
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value");
        }
        if (scalar.getValue().isBlank()) {
            throw error("must not be empty");
        }
        return scalar.getValue().trim();
    }

    /** The value as written, without trimming (for delimiters such as a tab). */
    String raw() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
            throw error("expected a single value");
        }
        return scalar.getValue();
    }

    boolean isText() {
        return node instanceof ScalarNode;
    }

    double number() {
        try {
            return Double.parseDouble(text());
        } catch (NumberFormatException e) {
            throw error("'" + text() + "' is not a number");
        }
    }

    long wholeNumber() {
        try {
            return Long.parseLong(text());
        } catch (NumberFormatException e) {
            throw error("'" + text() + "' is not a whole number");
        }
    }

    /** The value of a required key of a mapping. */
    static YamlNode required(Map<String, YamlNode> entries, String key, YamlNode parent) {
        YamlNode value = entries.get(key);
        if (value == null) {
            throw parent.error("the key '" + key + "' is missing");
        }
        return value;
    }

    static @Nullable YamlNode optional(Map<String, YamlNode> entries, String key) {
        return entries.get(key);
    }

    /** One of a fixed set of words, case-insensitive. */
    String oneOf(List<String> allowed) {
        String value = text();
        for (String word : allowed) {
            if (word.equalsIgnoreCase(value)) {
                return word;
            }
        }
        throw error("'" + value + "' is not one of " + String.join(", ", allowed));
    }
}
