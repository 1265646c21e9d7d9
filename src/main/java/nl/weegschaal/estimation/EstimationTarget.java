package nl.weegschaal.estimation;

import java.util.List;
import java.util.Map;

/** What to estimate for one variable. */
public sealed interface EstimationTarget {

    String variable();

    /**
     * A single-choice variable: every observed level, plus derived levels that combine levels
     * (each estimated as its own proportion, with its own standard error).
     *
     * @param derived derived level code to the plain level codes it combines, in output order
     */
    record Single(String variable, Map<String, List<String>> derived) implements EstimationTarget {
        public Single {
            derived = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(derived));
        }

        public static Single of(String variable) {
            return new Single(variable, Map.of());
        }
    }

    /**
     * A multiple-response question: each option's share of ticks among those who answered the
     * question (a respondent answered when any of its option columns is not missing).
     *
     * @param options option code to the column holding 1 (ticked) / 0 (not ticked) / missing
     */
    record Multiple(String variable, Map<String, String> options) implements EstimationTarget {
        public static final String TICKED = "1";

        public Multiple {
            options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        }
    }
}
