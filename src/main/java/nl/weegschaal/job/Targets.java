package nl.weegschaal.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;

/** What a run estimates: one target per estimated question, with its derived levels or its options. */
final class Targets {
    private Targets() {
    }

    static List<EstimationTarget> of(WaveSpec spec) {
        List<EstimationTarget> targets = new ArrayList<>();
        for (Question q : spec.estimated()) {
            if (q.isNumeric()) {
                continue; // totals and means, not proportions: NumericTables
            }
            if (q.multiple()) {
                Map<String, String> options = new LinkedHashMap<>();
                for (Level option : q.levels()) {
                    options.put(option.code(), q.optionField(option));
                }
                targets.add(new EstimationTarget.Multiple(q.name(), options));
            } else {
                Map<String, List<String>> derived = new LinkedHashMap<>();
                for (DerivedLevel level : q.derived()) {
                    derived.put(level.code(), level.of());
                }
                targets.add(new EstimationTarget.Single(q.name(), derived));
            }
        }
        return targets;
    }
}
