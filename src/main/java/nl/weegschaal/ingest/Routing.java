package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks who answered what against the codebook's {@code asked_of}: a respondent who was not asked
 * a question must not have answered it; a multiple-response question's options are all empty for
 * those not asked, and an option left empty by someone who ticked others counts as not ticked.
 */
final class Routing {
    private final List<int[]> rules = new ArrayList<>(); // {filter field, first option field, end}
    private final List<String> levels = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private int lastField = -1;

    Routing(WaveSpec spec, List<String> fields) {
        for (Question q : spec.codebook().values()) {
            if (q.askedOf().everyone()) {
                continue;
            }
            int filter = fields.indexOf(q.askedOf().variable());
            int first = q.multiple() ? fields.indexOf(q.name() + "." + q.levels().get(0).code()) : fields.indexOf(q.name());
            int end = first + (q.multiple() ? q.levels().size() : 1);
            rules.add(new int[] {filter, first, end});
            levels.add(q.askedOf().level());
            descriptions.add(q.name() + " is asked only of " + q.askedOf().variable() + " = " + q.askedOf().level());
        }
    }

    /** Applies the rules to the values in place; returns a problem, or null when all is consistent. */
    @Nullable String apply(String[] values) {
        for (int r = 0; r < rules.size(); r++) {
            int[] rule = rules.get(r);
            boolean asked = levels.get(r).equals(values[rule[0]]);
            boolean anyAnswer = false;
            for (int f = rule[1]; f < rule[2]; f++) {
                if (!asked && "1".equals(values[f]) || !asked && rule[2] - rule[1] == 1 && values[f] != null) {
                    lastField = f;
                    return "answered although not asked: " + descriptions.get(r);
                }
                anyAnswer |= values[f] != null;
            }
            for (int f = rule[1]; f < rule[2]; f++) {
                if (!asked) {
                    values[f] = null;
                } else if (anyAnswer && values[f] == null && rule[2] - rule[1] > 1) {
                    values[f] = "0";
                }
            }
        }
        return null;
    }

    int lastField() {
        return lastField;
    }
}
