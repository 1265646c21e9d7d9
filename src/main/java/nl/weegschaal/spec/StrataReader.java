package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code strata} section: how each strata column is derived from register data. */
final class StrataReader {
    private StrataReader() {
    }

    static List<StratumRule> read(YamlNode node) {
        List<StratumRule> rules = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : node.mapping().entrySet()) {
            YamlNode rule = entry.getValue();
            Map<String, YamlNode> keys = rule.mapping(Set.of("from", "classification", "classes"));
            String from = required(keys, "from", rule).oneOf(List.of("sbi", "employees"));
            if (from.equals("sbi")) {
                rules.add(new StratumRule(entry.getKey(), from, required(keys, "classification", rule).text(),
                        List.of()));
            } else {
                rules.add(new StratumRule(entry.getKey(), from, "", classes(required(keys, "classes", rule))));
            }
        }
        if (rules.isEmpty()) {
            throw node.error("there must be at least one strata column");
        }
        return rules;
    }

    private static List<StratumRule.SizeBand> classes(YamlNode list) {
        List<StratumRule.SizeBand> bands = new ArrayList<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(Set.of("code", "min", "max"));
            bands.add(new StratumRule.SizeBand(required(keys, "code", item).text(),
                    required(keys, "min", item).wholeNumber(),
                    optional(keys, "max") == null ? null : keys.get("max").wholeNumber()));
        }
        return bands;
    }
}
