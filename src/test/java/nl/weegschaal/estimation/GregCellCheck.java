package nl.weegschaal.estimation;

import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares one computed cell with survey's: a number to {@value #RELATIVE} relative (of the larger of
 * its magnitude and a floor for numbers that are near 0 by nature, as a proportion's bound), a
 * standard error that survey gives as rounding noise (a variable the calibration fixes) as ~0.
 */
final class GregCellCheck {
    static final double RELATIVE = 1e-9;

    private final SoftAssertions softly;
    private final CSVRecord reference;
    private final String cell;

    GregCellCheck(SoftAssertions softly, CSVRecord reference) {
        this.softly = softly;
        this.reference = reference;
        this.cell = String.join(" ", reference.get("case"), reference.get("design"), reference.get("statistic"),
                reference.get("variable"), reference.get("level"), reference.get("domain_var"),
                reference.get("domain_value"));
    }

    /** Whether survey's se is rounding noise: below 1e-12 of the estimate (or absolute, near 0). */
    boolean vanishing() {
        Double se = GregReference.number(reference, "se");
        Double estimate = GregReference.number(reference, "estimate");
        return se != null && estimate != null && se <= 1e-12 * Math.max(1.0, Math.abs(estimate));
    }

    void same(String column, double actual, double floor) {
        Double expected = GregReference.number(reference, column);
        softly.assertThat(expected).as(cell + " " + column + " is defined in survey").isNotNull();
        if (expected == null) {
            return;
        }
        double deviation = Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
        softly.assertThat(deviation).as(cell + " " + column + ": " + actual + " vs survey " + expected)
                .isLessThanOrEqualTo(RELATIVE);
    }

    /** Compares a value that may be undefined; only where survey gives one. */
    void sameWhereDefined(String column, Double actual, double floor) {
        if (GregReference.number(reference, column) != null) {
            softly.assertThat(actual).as(cell + " " + column + " is defined").isNotNull();
            if (actual != null) {
                same(column, actual, floor);
            }
        }
    }

    void se(double actual) {
        if (vanishing()) {
            double estimate = Math.abs(GregReference.number(reference, "estimate"));
            softly.assertThat(actual).as(cell + " se of a calibrated-away variable is ~0")
                    .isBetween(0.0, 1e-9 * Math.max(1.0, estimate));
        } else {
            same("se", actual, 0);
        }
    }

    void whole(String column, long actual) {
        softly.assertThat(actual).as(cell + " " + column).isEqualTo(Long.parseLong(reference.get(column)));
    }
}
