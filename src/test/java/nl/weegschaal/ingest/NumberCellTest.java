package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a numeric answer's cell may hold, under a decimal point and a decimal comma. */
class NumberCellTest {
    @ParameterizedTest
    @CsvSource({"12,12", "12.50,12.5", "0.0,0", "-3,-3", "+4,4", ".5,0.5", "7.,7", "00012,12", "99999,99999",
        "123456789012345678901234567890,123456789012345678901234567890"})
    void aNumberWithADecimalPointIsGivenInPlainNotation(String cell, String plain) {
        assertThat(NumberCell.plain(cell, false)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,50|12.5", "0,0|0", "-3|-3", ",5|0.5", "1250|1250"})
    void aNumberWithADecimalCommaIsGivenInPlainNotation(String cell, String plain) {
        assertThat(NumberCell.plain(cell, true)).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "veel", "1e3", "1,5", "1 000", "1.250.000", "12 banen", "--3", "NaN", "Infinity",
        "0x10", "."})
    void anythingElseIsNotANumberUnderADecimalPoint(String cell) {
        assertThat(NumberCell.plain(cell, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.250", "12.5", "1,250,000", "1,2,3", "1 250"})
    void aPointIsNotANumberUnderADecimalCommaForItCouldBeAThousandsSeparator(String cell) {
        assertThat(NumberCell.plain(cell, true)).isNull();
    }
}
