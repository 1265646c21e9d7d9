package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.strata.SbiEdition;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClass;
import nl.weegschaal.strata.SizeClasses;
import org.jspecify.annotations.Nullable;

/** Reads the {@code strata} section: how each strata column is derived from register data. */
final class StrataReader {
    private static final Set<String> SBI_KEYS = YamlNode.keys("from", "classification", "edition");
    private static final Set<String> EMPLOYEES_KEYS = YamlNode.keys("from", "classes", "plausible_max");

    private StrataReader() {
    }

    static List<StratumRule> read(YamlNode node) {
        List<StratumRule> rules = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : node.mapping().entrySet()) {
            YamlNode rule = entry.getValue();
            String from = required(rule.mapping(), "from", rule).oneOf(List.of("sbi", "employees"));
            Map<String, YamlNode> keys = rule.mapping(from.equals("sbi") ? SBI_KEYS : EMPLOYEES_KEYS);
            if (from.equals("sbi")) {
                YamlNode name = required(keys, "classification", rule);
                rules.add(new StratumRule(entry.getKey(), from, classification(name, optional(keys, "edition")), null));
            } else {
                SizeClasses classes = classes(required(keys, "classes", rule));
                rules.add(new StratumRule(entry.getKey(), from, null,
                        plausibleMax(classes, optional(keys, "plausible_max"), rule.path() + ".plausible_max")));
            }
        }
        if (rules.isEmpty()) {
            throw node.error("there must be at least one strata column");
        }
        return rules;
    }

    /** The classification on the SBI edition the spec names, or on the default edition. */
    private static SectorClassification classification(YamlNode name, @Nullable YamlNode edition) {
        try {
            SectorClassification.byName(name.text());
        } catch (IllegalArgumentException e) {
            throw name.error(e.getMessage());
        }
        try {
            return SectorClassification.byName(name.text(), edition == null ? SbiEdition.DEFAULT : edition.text());
        } catch (IllegalArgumentException e) {
            throw edition == null ? name.error(e.getMessage()) : edition.error(e.getMessage());
        }
    }

    private static SizeClasses classes(YamlNode list) {
        List<SizeClass> classes = new ArrayList<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(YamlNode.keys("code", "min", "max"));
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

    /** The classes with the plausible maximum the spec gives, or the default; messages name the spec key. */
    private static SizeClasses plausibleMax(SizeClasses classes, @Nullable YamlNode max, String key) {
        if (max == null) {
            return classes.withPlausibleMax(classes.plausibleMax(), key);
        }
        try {
            return classes.withPlausibleMax(max.wholeNumber(), key);
        } catch (IllegalArgumentException e) {
            throw max.error(e.getMessage());
        }
    }
}
