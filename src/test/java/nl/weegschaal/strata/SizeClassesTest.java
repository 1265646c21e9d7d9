package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.weegschaal.strata.SizeClasses.Placed;
import nl.weegschaal.strata.SizeClasses.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeClassesTest {
    /** The classes of wave-2024.yml. */
    final SizeClasses wave = SizeClasses.of(List.of(new SizeClass("2-19", 2, 19L), new SizeClass("20-99", 20, 99L),
            new SizeClass("100+", 100, null)));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2|2-19", "19|2-19", "20|20-99", "99|20-99", "100|100+", "100000|100+", "100000.0|100+",
        "12|2-19", "' 12 '|2-19", "'\t12\n'|2-19", "12.0|2-19", "12.00|2-19", "12.0000|2-19", "+12|2-19",
        "012|2-19"})
    void placesNumbersAtTheBoundaries(String employees, String code) {
        assertThat(wave.classify(employees)).isInstanceOfSatisfying(Placed.class,
                p -> assertThat(p.sizeClass().code()).isEqualTo(code));
    }

    @Test
    void placesTheValueItRead() {
        assertThat(wave.classify(" 12.0 ")).isEqualTo(new Placed(12, new SizeClass("2-19", 2, 19L)));
        assertThat(wave.classify(150)).isEqualTo(new Placed(150, new SizeClass("100+", 100, null)));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1|number of employees '1' is below the smallest size class (2-19)",
        "0|number of employees '0' is below the smallest size class (2-19)",
        "-0|number of employees '-0' is below the smallest size class (2-19)",
        "-3|number of employees '-3' is negative",
        "-12.0|number of employees '-12.0' is negative",
        "twaalf|number of employees 'twaalf' is not a whole number",
        "12.5|number of employees '12.5' is not a whole number",
        "12,0|number of employees '12,0' is not a whole number",
        "1e3|number of employees '1e3' is not a whole number",
        "12.|number of employees '12.' is not a whole number",
        ".5|number of employees '.5' is not a whole number",
        "1.000.000|number of employees '1.000.000' is not a whole number",
        "1.000|number of employees '1.000' is ambiguous: '.000' may be a thousands separator; write 1 or 1000 "
            + "without it",
        "100001|number of employees '100001' is above the plausible maximum of 100,000 (plausible_max)",
        "9223372036854775807|number of employees '9223372036854775807' is above the plausible maximum of 100,000 "
            + "(plausible_max)",
        "99999999999999999999|number of employees '99999999999999999999' is above the plausible maximum of 100,000 "
            + "(plausible_max)"})
    void rejectsWithAReason(String employees, String message) {
        assertThat(wave.classify(employees)).isEqualTo(new Rejected(message));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void missingNumbersAreMissing(String employees) {
        assertThat(wave.classify(employees)).isEqualTo(new Rejected("number of employees is missing"));
    }

    @Test
    void rejectsNegativeLongs() {
        assertThat(wave.classify(-1)).isEqualTo(new Rejected("number of employees '-1' is negative"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "10|10-49", "49|10-49", "50|number of employees '50' falls in the gap between size classes 10-49 and 60-99",
        "59|number of employees '59' falls in the gap between size classes 10-49 and 60-99", "60|60-99",
        "99|60-99", "100|number of employees '100' is above the largest size class (60-99)",
        "9|number of employees '9' is below the smallest size class (10-49)"})
    void rejectsNumbersInGapsAndAboveAClosedLastClass(String employees, String expected) {
        SizeClasses gappy = SizeClasses.of(List.of(new SizeClass("10-49", 10, 49L), new SizeClass("60-99", 60, 99L)));
        Object result = gappy.classify(employees);
        if (expected.contains(" ")) {
            assertThat(result).isEqualTo(new Rejected(expected));
        } else {
            assertThat(result).isInstanceOfSatisfying(Placed.class,
                    p -> assertThat(p.sizeClass().code()).isEqualTo(expected));
        }
    }

    @Test
    void anEmployeeCountOfATrillionIsAboveThePlausibleMaximumNamingTheSpecKey() {
        SizeClasses spec = wave.withPlausibleMax(SizeClasses.DEFAULT_PLAUSIBLE_MAX, "strata.size_class.plausible_max");
        assertThat(spec.classify("1000000000000")).isEqualTo(new Rejected("number of employees '1000000000000' is "
                + "above the plausible maximum of 100,000 (strata.size_class.plausible_max)"));
        assertThat(spec.classify(1_000_000_000_000L)).isEqualTo(new Rejected("number of employees '1000000000000' is "
                + "above the plausible maximum of 100,000 (strata.size_class.plausible_max)"));
        assertThat(spec.classify("1000000")).isInstanceOf(Rejected.class);
        assertThat(spec.classify("100000")).isInstanceOf(Placed.class);
    }

    @Test
    void aPlausibleMaximumFromTheSpecReplacesTheDefault() {
        SizeClasses strict = wave.withPlausibleMax(5_000, "strata.size_class.plausible_max");
        assertThat(strict.plausibleMax()).isEqualTo(5_000);
        assertThat(strict.classify("5000")).isInstanceOf(Placed.class);
        assertThat(strict.classify("5001")).isEqualTo(new Rejected("number of employees '5001' is above the "
                + "plausible maximum of 5,000 (strata.size_class.plausible_max)"));
        assertThat(strict.classes()).isEqualTo(wave.classes());
        assertThat(wave.plausibleMax()).as("unchanged").isEqualTo(100_000);
        assertThat(wave.withPlausibleMax(100, "k").classify("100")).isInstanceOf(Placed.class);
    }

    @Test
    void aPlausibleMaximumBelowTheLargestClassIsRefused() {
        assertThatThrownBy(() -> wave.withPlausibleMax(99, "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plausible maximum 99 is below the largest size class '100+' (100 or more); it must "
                        + "be at least 100");
        SizeClasses closed = SizeClasses.of(List.of(new SizeClass("10-49", 10, 49L), new SizeClass("50-499", 50, 499L)));
        assertThatThrownBy(() -> closed.withPlausibleMax(200, "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plausible maximum 200 is below the largest size class '50-499' (50-499); it must "
                        + "be at least 499");
    }

    @Test
    void theDefaultMaximumRisesToALastClassBeyondIt() {
        SizeClasses huge = SizeClasses.of(List.of(new SizeClass("small", 0, 999_999L),
                new SizeClass("large", 1_000_000, 2_000_000L)));
        assertThat(huge.plausibleMax()).isEqualTo(2_000_000);
        assertThat(huge.classify("1500000")).isInstanceOf(Placed.class);
    }

    @Test
    void aSingleOpenClassFromZeroTakesEverythingUpToThePlausibleMaximum() {
        SizeClasses all = SizeClasses.of(List.of(new SizeClass("all", 0, null)));
        assertThat(all.classify("0")).isInstanceOf(Placed.class);
        assertThat(all.classify("99999")).isInstanceOf(Placed.class);
        assertThat(all.classes()).containsExactly(new SizeClass("all", 0, null));
    }

    @Test
    void rejectsInvalidClassLists() {
        assertInvalid(List.of(), "no size classes given");
        assertInvalid(List.of(new SizeClass("a", 2, 19L), new SizeClass("a", 20, 99L)),
                "size class code 'a' is used twice");
        assertInvalid(List.of(new SizeClass("2-19", 2, 19L), new SizeClass("10-99", 10, 99L)),
                "size classes '2-19' (2-19) and '10-99' (10-99) overlap");
        assertInvalid(List.of(new SizeClass("2-19", 2, 19L), new SizeClass("19-99", 19, 99L)),
                "size classes '2-19' (2-19) and '19-99' (19-99) overlap");
        assertInvalid(List.of(new SizeClass("20-99", 20, 99L), new SizeClass("2-19", 2, 19L)),
                "size classes must be in ascending order: '20-99' (20-99) comes before '2-19' (2-19)");
        assertInvalid(List.of(new SizeClass("100+", 100, null), new SizeClass("200+", 200, null)),
                "size class '100+' (100 or more) has no maximum, so it must be the last, but '200+' (200 or more) "
                        + "follows it");
    }

    @Test
    void rejectsInvalidClasses() {
        assertThatThrownBy(() -> new SizeClass("x", -1, 5L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size class 'x': min -1 is negative");
        assertThatThrownBy(() -> new SizeClass("x", 20, 19L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size class 'x': max 19 is below min 20");
        assertThatThrownBy(() -> new SizeClass(" ", 2, 19L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size class code is empty");
        assertThat(new SizeClass("one", 1, 1L).contains(1)).isTrue();
        assertThat(new SizeClass("open", 100, null).reach()).isEqualTo(100);
        assertThat(new SizeClass("closed", 20, 99L).reach()).isEqualTo(99);
    }

    private static void assertInvalid(List<SizeClass> classes, String message) {
        assertThatThrownBy(() -> SizeClasses.of(classes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
