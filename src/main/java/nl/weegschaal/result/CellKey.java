package nl.weegschaal.result;

import nl.weegschaal.estimation.Estimate;

/** One published cell: a level of a variable in a domain ({@code total/total} for the whole population). */
public record CellKey(String variable, String level, String domainVar, String domainValue) {

    /** {@code banen_erbij = ja, size_class 100+} or {@code banen_erbij = ja, total}. */
    public String label() {
        String domain = domainVar.equals(Estimate.TOTAL) ? Estimate.TOTAL : domainVar + " " + domainValue;
        return variable + " = " + level + ", " + domain;
    }
}
