package nl.weegschaal.estimation;

import java.util.SplittableRandom;

/**
 * A synthetic population of establishments observed in two years, for the simulation of the change
 * estimator ({@link ChangeSimulation}): six size classes of unequal size, the larger ones small
 * enough to be sampled at 20-40% as large establishments are in the real survey; a binary answer in
 * both years, correlated within establishment (year 2 keeps year 1's answer with probability
 * {@link #KEEP}, else redraws it with a probability {@link #SHIFT} higher, so that there is a true
 * change); a small domain of about {@link #DOMAIN_SHARE} of the establishments across the classes;
 * and about {@link #GROWTH} of the establishments grow into the next size class in year 2, so that
 * their stratum changes between the waves.
 */
final class EstablishmentPanel {
    /** N_h of the six size classes in year 1. */
    static final int[] CLASS_SIZES = {6000, 3600, 2000, 1000, 500, 240};
    /** n_h of each wave's sample per size class: fractions from 7% to 40%. */
    static final int[] SAMPLE_SIZES = {400, 300, 200, 200, 150, 96};
    static final double KEEP = 0.7;
    static final double SHIFT = 0.08;
    static final double DOMAIN_SHARE = 0.08;
    /** Share growing into the next class; {@code -Dweegschaal.simulation.growth} overrides it for a stress run. */
    static final double GROWTH = Double.parseDouble(System.getProperty("weegschaal.simulation.growth", "0.04"));

    final int[] stratum1;
    final int[] stratum2;
    final int[] answer1;
    final int[] answer2;
    final boolean[] domain;

    private EstablishmentPanel(int size) {
        stratum1 = new int[size];
        stratum2 = new int[size];
        answer1 = new int[size];
        answer2 = new int[size];
        domain = new boolean[size];
    }

    /** A population drawn with the seed's generator. */
    static EstablishmentPanel generate(SplittableRandom random) {
        int size = 0;
        for (int n : CLASS_SIZES) {
            size += n;
        }
        EstablishmentPanel panel = new EstablishmentPanel(size);
        int unit = 0;
        for (int h = 0; h < CLASS_SIZES.length; h++) {
            double yes = 0.25 + 0.06 * h; // larger establishments say yes more often
            for (int k = 0; k < CLASS_SIZES[h]; k++, unit++) {
                panel.draw(unit, h, yes, random);
            }
        }
        return panel;
    }

    private void draw(int unit, int h, double yes, SplittableRandom random) {
        stratum1[unit] = h;
        stratum2[unit] = h < CLASS_SIZES.length - 1 && random.nextDouble() < GROWTH ? h + 1 : h;
        domain[unit] = random.nextDouble() < DOMAIN_SHARE;
        double domainShift = domain[unit] ? 0.1 : 0.0; // the domain differs from the rest
        answer1[unit] = random.nextDouble() < yes + domainShift ? 1 : 0;
        answer2[unit] = random.nextDouble() < KEEP ? answer1[unit]
                : random.nextDouble() < yes + domainShift + SHIFT ? 1 : 0;
    }

    int size() {
        return stratum1.length;
    }

    int[] stratum(int wave) {
        return wave == 1 ? stratum1 : stratum2;
    }

    int[] answer(int wave) {
        return wave == 1 ? answer1 : answer2;
    }

    /** N_h per stratum in a wave (year 2 has the grown establishments in their new class). */
    double[] population(int wave) {
        double[] count = new double[CLASS_SIZES.length];
        for (int h : stratum(wave)) {
            count[h]++;
        }
        return count;
    }

    /** The true change of the number of establishments saying yes. */
    double totalChange() {
        double change = 0;
        for (int i = 0; i < size(); i++) {
            change += answer2[i] - answer1[i];
        }
        return change;
    }

    /** The true change of the domain's proportion saying yes. */
    double domainChange() {
        double yes1 = 0;
        double yes2 = 0;
        int members = 0;
        for (int i = 0; i < size(); i++) {
            if (domain[i]) {
                members++;
                yes1 += answer1[i];
                yes2 += answer2[i];
            }
        }
        return (yes2 - yes1) / members;
    }
}
