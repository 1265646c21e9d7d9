package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.AskedOf;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;

/**
 * Checks who answered what against the codebook's {@code asked_of}: a respondent who was not asked
 * a question must not have answered it (a value that means "no answer" is fine); a multiple-response
 * question's options are all missing for those not asked, and an option left without an answer by
 * someone who answered others counts as not ticked. Where the filter question's own answer is not
 * valid, whether the respondent was asked is unknown, and nothing is said about the routed question
 * (the record is rejected for its filter answer).
 */
final class Routing {
    private static final int[] NONE = new int[0];
    private final List<Rule> rules = new ArrayList<>();
    private final String[] problems;

    /**
     * A routed question: the filter field, the question's fields [first, end), the level that routes
     * in, and whether it is a multiple-response question, where only a tick is an answer of someone
     * not asked (also when the question has a single option).
     */
    private record Rule(int filter, int first, int end, AskedOf askedOf, String description, boolean multiple) {
    }

    Routing(WaveSpec spec, List<String> fields) {
        problems = new String[fields.size()];
        for (Question q : spec.codebook().values()) {
            if (q.askedOf().everyone()) {
                continue;
            }
            int first = q.multiple() ? fields.indexOf(q.optionField(q.levels().get(0))) : fields.indexOf(q.name());
            int end = first + (q.multiple() ? q.levels().size() : 1);
            String description = q.name() + " is asked only of " + q.askedOf().describe();
            rules.add(new Rule(fields.indexOf(q.askedOf().variable()), first, end, q.askedOf(), description,
                    q.multiple()));
            for (int f = first; f < end; f++) {
                problems[f] = "answered although not asked: " + description;
            }
        }
    }

    /**
     * Applies the rules to the values in place.
     *
     * @return the fields answered by someone not asked, one per routed question (its first such field)
     */
    int[] apply(String[] values, boolean[] invalid) {
        int[] answeredUnasked = NONE;
        for (Rule rule : rules) {
            if (invalid[rule.filter()]) {
                clear(values, rule);
                continue;
            }
            boolean asked = rule.askedOf().asks(values[rule.filter()]);
            int answered = -1;
            boolean anyAnswer = false;
            for (int f = rule.first(); f < rule.end(); f++) {
                boolean answer = rule.multiple() ? "1".equals(values[f]) : values[f] != null;
                if (answer && answered < 0) {
                    answered = f;
                }
                anyAnswer |= values[f] != null;
            }
            if (!asked) {
                if (answered >= 0) {
                    answeredUnasked = java.util.Arrays.copyOf(answeredUnasked, answeredUnasked.length + 1);
                    answeredUnasked[answeredUnasked.length - 1] = answered;
                }
                clear(values, rule);
            } else if (anyAnswer && rule.multiple()) {
                for (int f = rule.first(); f < rule.end(); f++) {
                    values[f] = values[f] == null ? "0" : values[f];
                }
            }
        }
        return answeredUnasked;
    }

    private static void clear(String[] values, Rule rule) {
        for (int f = rule.first(); f < rule.end(); f++) {
            values[f] = null;
        }
    }

    /** The fields the rules read or change: each filter and each routed question's fields. */
    java.util.BitSet fields() {
        java.util.BitSet used = new java.util.BitSet();
        for (Rule rule : rules) {
            used.set(rule.filter());
            used.set(rule.first(), rule.end());
        }
        return used;
    }

    /** The reason for a field {@link #apply} returned. */
    String problem(int field) {
        return problems[field];
    }
}
