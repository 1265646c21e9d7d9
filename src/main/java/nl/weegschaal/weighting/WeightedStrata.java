package nl.weegschaal.weighting;

import java.util.List;

/**
 * A weighted design together with the original strata it was formed from: when sparse strata are
 * collapsed, the design's strata are the collapsed ones, and every original stratum knows which
 * collapsed stratum (and so which weight) it belongs to. Without collapsing the two coincide.
 *
 * @param originals   the original strata with respondents, in frame order
 * @param collapsedOf for each original stratum, the index of its stratum in {@code design}
 */
public record WeightedStrata(Design design, List<StratumWeight> originals, int[] collapsedOf) {
    public WeightedStrata {
        originals = List.copyOf(originals);
        collapsedOf = collapsedOf.clone();
    }

    /** Collapses (if asked) and weighs. */
    public static WeightedStrata weigh(Weighting weighting, List<String> strataColumns, List<StratumWeight> originals,
                                       StrataCollapse collapse) {
        StrataCollapse.Result collapsed = collapse.apply(originals);
        return new WeightedStrata(weighting.weigh(strataColumns, collapsed.strata()), originals, collapsed.collapsedOf());
    }

    /** The design stratum of original stratum h. */
    public StratumWeight stratumOf(int original) {
        return design.stratum(collapsedOf[original]);
    }

    /** Maps original stratum indices (e.g. of every respondent) to design strata indices. */
    public int[] remap(int[] originalIndices) {
        int[] mapped = new int[originalIndices.length];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = collapsedOf[originalIndices[i]];
        }
        return mapped;
    }

    public boolean collapsed() {
        return design.strataCount() < originals.size();
    }
}
