package nl.weegschaal.weighting;

/**
 * A converged calibration: per respondent its g-weight and weight {@code w_i = d_i g_i}, the
 * Lagrange multipliers λ, the Newton iterations used (0 when the design weights already met every
 * total), the largest relative miss of a total, {@code |t_j - T_j| / (1 + |T_j|)} as {@code survey}'s
 * {@code grake} measures it, and how many weights came out negative (possible for unbounded
 * {@code linear} only).
 */
public record GregResult(double[] g, double[] weights, double[] lambda, int iterations,
                         double largestMiss, int negativeWeights) {
}
