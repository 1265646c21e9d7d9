package nl.weegschaal.job.wave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;

/** What the weighing and estimating steps of a wave share: the frame and the codebook's estimation targets. */
final class WaveData {
    private WaveData() {
    }

    static PopulationFrame frame(WaveSpec spec) {
        return FrameReader.read(spec.frame(), spec.strataColumns(), spec.frameCount());
    }

    /** One target per codebook question, with its derived levels or its options. */
    static List<EstimationTarget> targets(WaveSpec spec) {
        List<EstimationTarget> targets = new ArrayList<>();
        for (Question q : spec.codebook().values()) {
            if (q.multiple()) {
                Map<String, String> options = new LinkedHashMap<>();
                for (Level option : q.levels()) {
                    options.put(option.code(), q.name() + "." + option.code());
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
