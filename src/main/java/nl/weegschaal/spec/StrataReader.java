package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClass;
import nl.weegschaal.strata.SizeClasses;

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
                YamlNode name = required(keys, "classification", rule);
                rules.add(new StratumRule(entry.getKey(), from, classification(name), null));
            } else {
                rules.add(new StratumRule(entry.getKey(), from, null, classes(required(keys, "classes", rule))));
            }
        }
        if (rules.isEmpty()) {
            throw node.error("there must be at least one strata column");
        }
        return rules;
    }

    private static SectorClassification classification(YamlNode name) {
        try {
            return SectorClassification.byName(name.text());
        } catch (IllegalArgumentException e) {
            throw name.error(e.getMessage());
        }
    }

    private static SizeClasses classes(YamlNode list) {
        List<SizeClass> classes = new ArrayList<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(Set.of("code", "min", "max"));
            try {
                classes.add(new SizeClass(required(keys, "code", item).text(), required(keys, "min", item).wholeNumber(),
                        optional(keys, "max") == null ? null : keys.get("max").wholeNumber()));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
        }
        try {
            return SizeClasses.of(classes);
        } catch (IllegalArgumentException e) {
            throw list.error(e.getMessage());
        }
    }
}
