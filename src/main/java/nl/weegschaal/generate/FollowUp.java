package nl.weegschaal.generate;

/**
 * The earlier wave a follow-up wave draws establishments from, and how many.
 *
 * @param seed        the seed the earlier wave was generated with ({@code generate --exports --seed})
 * @param respondents its valid respondents ({@code --respondents})
 * @param overlap     the share of the follow-up's respondents, in every stratum, that answered the
 *                    earlier wave, 0 to 1
 */
public record FollowUp(long seed, int respondents, double overlap) {
    public FollowUp {
        if (!(overlap >= 0 && overlap <= 1)) {
            throw new IllegalArgumentException("the overlap must be between 0 and 1, got " + overlap);
        }
    }
}
