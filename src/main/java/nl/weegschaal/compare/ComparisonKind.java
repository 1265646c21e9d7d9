package nl.weegschaal.compare;

/** Whether the two runs are independent samples or two weightings of the same respondents. */
public enum ComparisonKind {
    INDEPENDENT("independent waves"),
    SAME_RESPONDENTS("same respondents");

    /** Why a change between two weightings of the same respondents gets no significance test. */
    public static final String SAME_RESPONDENTS_NOTE = "same respondents, weighted differently: the two estimates "
            + "are not independent, so no significance test";

    private final String label;

    ComparisonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
