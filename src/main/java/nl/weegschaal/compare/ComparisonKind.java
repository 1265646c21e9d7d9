package nl.weegschaal.compare;

/** Whether the two runs are independent samples, samples that share establishments, or two weightings of the same respondents. */
public enum ComparisonKind {
    INDEPENDENT("independent waves"),
    /** Two waves whose samples share establishments (matched by id): the change's variance has a covariance. */
    OVERLAPPING("overlapping samples"),
    SAME_RESPONDENTS("same respondents");

    /** Why a change between two weightings of the same respondents gets no significance test. */
    public static final String SAME_RESPONDENTS_NOTE = "same respondents, weighted differently: the two estimates "
            + "are not independent, so no significance test";

    private final String label;

    ComparisonKind(String label) {
        this.label = label;
    }

    /** Whether the changes of this kind of comparison are tested (and so counted in the false discovery rate). */
    public boolean tested() {
        return this != SAME_RESPONDENTS;
    }

    public String label() {
        return label;
    }
}
