package nl.weegschaal.weighting;


/**
 * One stratum of a weighted design: its population count N_h, its respondents n_h, and the final
 * weight that every respondent of the stratum carries.
 */
public record StratumWeight(StratumKey key, double population, int respondents, double weight) {

    /** f_h = n_h / N_h. */
    public double samplingFraction() {
        return respondents / population;
    }

    /** n_h = N_h: the stratum is a census and adds no sampling variance. */
    public boolean certainty() {
        return respondents == population;
    }

    /** n_h = 1 without being a certainty stratum: its variance needs a lonely-stratum rule. */
    public boolean lonely() {
        return respondents == 1 && !certainty();
    }
}
