package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.weegschaal.strata.SectorClassification.Placed;
import nl.weegschaal.strata.SectorClassification.Reason;
import nl.weegschaal.strata.SectorClassification.Rejected;
import nl.weegschaal.strata.SectorClassification.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SectorClassificationTest {
    final SectorClassification uwv = SectorClassification.uwvSector16();

    @Test
    void hasTheSixteenClustersOfThePublicationInOrder() {
        assertThat(uwv.clusters()).hasSize(16).extracting(SectorCluster::code).containsExactly(
                "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16");
        assertThat(uwv.clusters()).extracting(SectorCluster::nameNl).containsExactly("Landbouw", "Industrie",
                "Bouw", "Groothandel", "Detailhandel en autohandel", "Vervoer en opslag", "Horeca",
                "Informatie en communicatie", "Financiële instellingen", "Verhuur en overige zakelijke diensten",
                "Specialistische zakelijke diensten", "Openbaar bestuur", "Onderwijs", "Gezondheidszorg",
                "Sociaal werk, jeugdzorg, kinderopvang (SJK)", "Overige dienstverlening, cultuur, sport, recreatie");
        assertThat(uwv.clusters()).extracting(SectorCluster::nameEn).doesNotContainNull().doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "SBI {0} -> {1}")
    @CsvSource({
        // A Landbouw
        "0111, 01", "01, 01", "0210, 01", "03111, 01",
        // B, C, D, E Industrie
        "0610, 02", "0510, 02", "0990, 02", "1011, 02", "2511, 02", "3320, 02", "3511, 02", "3600, 02", "3900, 02",
        // F Bouw
        "4120, 03", "4399, 03",
        // G 46 Groothandel, G 45 and 47 Detailhandel en autohandel
        "4631, 04", "46, 04", "4511, 05", "4520, 05", "4711, 05", "47912, 05",
        // H, I, J, K
        "4910, 06", "5320, 06", "5510, 07", "5630, 07", "5811, 08", "6311, 08", "6419, 09", "6512, 09", "6630, 09",
        // L and N (without 78) Verhuur en overige zakelijke diensten, M Specialistische zakelijke diensten
        "6810, 10", "6820, 10", "7711, 10", "7911, 10", "8121, 10", "8299, 10",
        "6910, 11", "7111, 11", "7500, 11",
        // O, P
        "8411, 12", "8430, 12", "8510, 13", "8559, 13",
        // Q Gezondheidszorg: division 86, groups 871, 872, 873, subclasses 88101, 88103
        "86, 14", "8610, 14", "86101, 14", "8621, 14", "86911, 14", "871, 14", "8710, 14", "87101, 14",
        "8720, 14", "87201, 14", "8730, 14", "87301, 14", "88101, 14", "88103, 14",
        // Q SJK: groups 879, 889, subclass 88102
        "879, 15", "8790, 15", "87901, 15", "88102, 15", "889, 15", "8891, 15", "88911, 15", "8899, 15",
        "88992, 15",
        // R, S Overige dienstverlening, cultuur, sport, recreatie
        "9001, 16", "9311, 16", "9412, 16", "9602, 16"})
    void placesEveryRowOfTheDomainTable(String sbi, String cluster) {
        Result result = uwv.classify(sbi);
        assertThat(result).isInstanceOf(Placed.class);
        assertThat(((Placed) result).cluster().code()).isEqualTo(cluster);
        assertThat(((Placed) result).sbi()).isEqualTo(sbi);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "47.11|4711", "47.1.1|4711", "88.10.1|88101", "88.10.2|88102", "8810 2|88102", "8810 1|88101", "' 4711 '|4711",
        "'\t86.10\t'|8610", "' 47 . 11 '|4711", "01.11|0111", "46|46"})
    void toleratesDotsAndSpaces(String sbi, String digits) {
        assertThat(uwv.classify(sbi)).isInstanceOfSatisfying(Placed.class, p -> assertThat(p.sbi()).isEqualTo(digits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"78", "7810", "78.20", "78200", "7830"})
    void divisionSeventyEightIsOutOfScope(String sbi) {
        assertRejected(sbi, Reason.OUT_OF_SCOPE,
                "is division 78 (employment agencies, temporary staffing), which is out of scope");
    }

    @Test
    void saysWhichCodeIsOutOfScope() {
        assertThat(uwv.classify("78.10")).isEqualTo(new Rejected(Reason.OUT_OF_SCOPE,
                "SBI 7810 is division 78 (employment agencies, temporary staffing), which is out of scope"));
    }

    @ParameterizedTest
    @CsvSource({"9700, section T", "9810, section T", "9820, section T", "9900, section U", "99, section U"})
    void sectionsTAndUAreOutOfScope(String sbi, String section) {
        assertRejected(sbi, Reason.OUT_OF_SCOPE, section);
    }

    @ParameterizedTest
    @ValueSource(strings = {"88", "881", "8810", "88.10", "87"})
    void tooShortHealthOrSocialWorkCodesNeedMoreDigits(String sbi) {
        assertRejected(sbi, Reason.NEEDS_MORE_DIGITS, "cannot be placed");
    }

    @Test
    void explainsWhichDigitsAreNeeded() {
        assertThat(uwv.classify("8810")).isEqualTo(new Rejected(Reason.NEEDS_MORE_DIGITS, "SBI 8810 cannot be "
                + "placed: health care (88101, 88103) and social work (88102) need the five-digit code"));
        assertRejected("87", Reason.NEEDS_MORE_DIGITS, "(871, 872, 873)");
    }

    @ParameterizedTest
    @CsvSource({"0010, division 00", "0400, division 04", "3400, division 34", "4000, division 40",
        "4411, division 44", "8300, division 83", "8910, division 89", "8740, group 874", "8800, group 880",
        "88104, 88103", "8811, 8810"})
    void codesThatSbiDoesNotHaveAreUnknown(String sbi, String detail) {
        assertRejected(sbi, Reason.UNKNOWN_CODE, detail);
    }

    @Test
    void rejectsNonNumericCodes() {
        assertThat(uwv.classify("47a1")).isEqualTo(new Rejected(Reason.MALFORMED, "SBI '47a1' is not a number"));
        assertRejected("47-11", Reason.MALFORMED, "is not a number");
        assertRejected("SBI 4711", Reason.MALFORMED, "is not a number");
        assertRejected("...", Reason.MALFORMED, "is not a number");
        assertRejected("４７１１", Reason.MALFORMED, "is not a number");
    }

    @ParameterizedTest
    @CsvSource({"4, 1 digit", "471101, 6 digits", "8.8.1.0.1.1, 6 digits"})
    void rejectsCodesOfTheWrongLength(String sbi, String digits) {
        assertRejected(sbi, Reason.MALFORMED, "has " + digits + "; an SBI 2008 code has 2 to 5 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingCodesAreMissing(String sbi) {
        assertThat(uwv.classify(sbi)).isEqualTo(new Rejected(Reason.MISSING, "SBI code is missing"));
    }

    @Test
    void findsTheClassificationByName() {
        assertThat(SectorClassification.byName("uwv-sector-16")).isSameAs(uwv);
        assertThat(uwv.name()).isEqualTo("uwv-sector-16");
        assertThatThrownBy(() -> SectorClassification.byName("sbi-sections"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown sector classification 'sbi-sections'; known: [uwv-sector-16]");
    }

    private void assertRejected(String sbi, Reason reason, String messagePart) {
        assertThat(uwv.classify(sbi)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).contains(messagePart);
        });
    }
}
