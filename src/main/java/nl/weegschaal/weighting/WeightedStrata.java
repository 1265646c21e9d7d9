package nl.weegschaal.weighting;

import java.util.List;

/**
 * A weighted design together with the original strata it was formed from: when sparse strata are
 * collapsed, the design's strata are the collapsed ones, and every original stratum knows which
 * collapsed stratum (and so which weight) it belongs to. Without collapsing the two coincide.
 *
 * @param originals   the original strata: those with respondents in frame order, then the frame strata
 *                    without respondents
 * @param collapsedOf for each original stratum, the index of its stratum in {@code design}, or -1 for a
 *                    stratum without respondents that was not merged into one with respondents (dropped)
 * @param untrimmed   each design stratum's weight before trimming (its weight, when nothing was trimmed)
 */
public record WeightedStrata(Design design, List<StratumWeight> originals, int[] collapsedOf, double[] untrimmed) {
    public WeightedStrata {
        originals = List.copyOf(originals);
        collapsedOf = collapsedOf.clone();
        untrimmed = untrimmed.clone();
    }

    /** Collapses (if asked) and weighs. */
    public static WeightedStrata weigh(Weighting weighting, List<String> strataColumns, List<StratumWeight> originals,
                                       StrataCollapse collapse) {
        StrataCollapse.Result collapsed = collapse.apply(originals);
        Design design = weighting.weigh(strataColumns, collapsed.strata());
        return new WeightedStrata(design, originals, collapsed.collapsedOf(), design.weights());
    }

    /**
     * Collapses (if asked; strata without respondents can be folded into neighbours), checks that a
     * raking margin has respondents in every category, weighs and trims (if asked), keeping the
     * weights before trimming for the report.
     *
     * @param sample the strata with respondents, in frame order
     * @param empty  the frame strata without respondents (n_h = 0)
     */
    public static WeightedStrata weigh(WeightingMethod method, LonelyPsu lonelyPsu, TrimRule trim,
                                       List<String> strataColumns, List<StratumWeight> sample,
                                       List<StratumWeight> empty, StrataCollapse collapse) {
        List<StratumWeight> originals = new java.util.ArrayList<>(sample);
        originals.addAll(empty);
        StrataCollapse.Result collapsed = collapse.apply(originals);
        List<StratumWeight> dropped = new java.util.ArrayList<>();
        for (int h = 0; h < originals.size(); h++) {
            if (collapsed.collapsedOf()[h] < 0) {
                dropped.add(originals.get(h));
            }
        }
        method.checkBeforeWeighing(strataColumns, collapsed.strata(), dropped);
        Design untrimmed = Weighting.of(method, lonelyPsu).weigh(strataColumns, collapsed.strata());
        Design design = trim.trims() ? Weighting.of(method, lonelyPsu, trim).weigh(strataColumns, collapsed.strata())
                : untrimmed;
        return new WeightedStrata(design, originals, collapsed.collapsedOf(), untrimmed.weights());
    }

    /** What trimming by this rule did (the rule the weights were trimmed by); null when it does not trim. */
    public @org.jspecify.annotations.Nullable TrimmingReport trimming(TrimRule rule) {
        return TrimmingReport.of(rule, design.strata(), untrimmed);
    }

    /** The design stratum of original stratum h (which must not be dropped). */
    public StratumWeight stratumOf(int original) {
        return design.stratum(collapsedOf[original]);
    }

    public boolean dropped(int original) {
        return collapsedOf[original] < 0;
    }

    /** The frame strata without respondents that are not in any design stratum. */
    public List<nl.weegschaal.weighting.StratumKey> droppedStrata() {
        List<nl.weegschaal.weighting.StratumKey> dropped = new java.util.ArrayList<>();
        for (int h = 0; h < originals.size(); h++) {
            if (dropped(h)) {
                dropped.add(originals.get(h).key());
            }
        }
        return dropped;
    }

    /** Maps original stratum indices (e.g. of every respondent) to design strata indices. */
    public int[] remap(int[] originalIndices) {
        int[] mapped = new int[originalIndices.length];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = collapsedOf[originalIndices[i]];
        }
        return mapped;
    }

    /** Whether any strata were merged (the design has fewer strata than the originals it covers). */
    public boolean collapsed() {
        return java.util.Arrays.stream(collapsedOf).filter(c -> c >= 0).count() > design.strataCount();
    }
}
