package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
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
        "0111, 01", "01131, 01", "0210, 01", "0311, 01",
        // B, C, D, E Industrie, with the Dutch classes 3321-3329 and 3520
        "0610, 02", "0990, 02", "1011, 02", "2511, 02", "3321, 02", "33221, 02", "3511, 02", "3520, 02",
        "3600, 02", "3900, 02",
        // F Bouw
        "4120, 03", "4399, 03", "43991, 03",
        // G 46 Groothandel (with the Dutch class 4668), G 45 and 47 Detailhandel en autohandel
        "4631, 04", "46681, 04", "4511, 05", "4520, 05", "4711, 05", "47912, 05",
        // H, I, J, K
        "4910, 06", "5320, 06", "5510, 07", "5630, 07", "5811, 08", "6311, 08", "6419, 09", "6512, 09", "65122, 09",
        "6630, 09",
        // L and N (without 78) Verhuur en overige zakelijke diensten, M Specialistische zakelijke diensten
        "6810, 10", "6820, 10", "7711, 10", "7911, 10", "8121, 10", "8299, 10",
        "6910, 11", "7111, 11", "7500, 11",
        // O, P
        "8411, 12", "8430, 12", "8520, 13", "85201, 13", "8559, 13",
        // Q Gezondheidszorg: division 86, groups 871, 872, 873, subclasses 88101, 88103
        "8610, 14", "86101, 14", "8621, 14", "8691, 14", "86911, 14", "86929, 14", "8710, 14", "8720, 14",
        "8730, 14", "87301, 14", "88101, 14", "88103, 14",
        // Q SJK: groups 879, 889, subclass 88102
        "8790, 15", "87901, 15", "88102, 15", "8891, 15", "8899, 15", "88992, 15",
        // R, S Overige dienstverlening, cultuur, sport, recreatie, with the Dutch classes 9314 and 9315
        "9001, 16", "9311, 16", "9314, 16", "93152, 16", "9412, 16", "9602, 16"})
    void placesEveryRowOfTheDomainTable(String sbi, String cluster) {
        Result result = uwv.classify(sbi);
        assertThat(result).isInstanceOf(Placed.class);
        assertThat(((Placed) result).cluster().code()).isEqualTo(cluster);
        assertThat(((Placed) result).sbi()).isEqualTo(sbi);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "47.11|4711", "47.1.1|4711", "88.10.1|88101", "88.10.2|88102", "8810 2|88102", "8810 1|88101", "' 4711 '|4711",
        "'\t86.10\t'|8610", "' 47 . 11 '|4711", "01.11|0111"})
    void toleratesDotsAndSpaces(String sbi, String digits) {
        assertThat(uwv.classify(sbi)).isInstanceOfSatisfying(Placed.class, p -> assertThat(p.sbi()).isEqualTo(digits));
    }

    @Test
    void everyClassAndSubclassOfSbi2008IsPlacedOrRejectedForAReasonOfItsOwn() {
        Map<String, Integer> perCluster = new TreeMap<>();
        Map<Reason, Integer> rejected = new EnumMap<>(Reason.class);
        for (SbiCode code : uwv.edition().codes()) {
            if (code.inSbi() && code.code().length() >= 4) {
                Result result = uwv.classify(code.code());
                if (result instanceof Placed placed) {
                    perCluster.merge(placed.cluster().code(), 1, Integer::sum);
                } else {
                    Rejected r = (Rejected) result;
                    rejected.merge(r.reason(), 1, Integer::sum);
                    assertThat(r.reason() == Reason.OUT_OF_SCOPE || code.code().equals("8810")).as(r.message()).isTrue();
                }
            }
        }
        assertThat(perCluster).hasSize(16).allSatisfy((cluster, n) -> assertThat(n).isPositive());
        assertThat(rejected).containsOnlyKeys(Reason.OUT_OF_SCOPE, Reason.NEEDS_MORE_DIGITS)
                .containsEntry(Reason.NEEDS_MORE_DIGITS, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7810", "78.20", "78201", "7830"})
    void divisionSeventyEightIsOutOfScope(String sbi) {
        assertRejected(sbi, Reason.OUT_OF_SCOPE,
                "is in division 78 (employment agencies, temporary staffing), which is out of scope");
    }

    @Test
    void saysWhichCodeIsOutOfScope() {
        assertThat(uwv.classify("78.10")).isEqualTo(new Rejected(Reason.OUT_OF_SCOPE,
                "SBI 7810 is in division 78 (employment agencies, temporary staffing), which is out of scope"));
    }

    @ParameterizedTest
    @CsvSource({"9700, section T", "9810, section T", "9820, section T", "9900, section U"})
    void sectionsTAndUAreOutOfScope(String sbi, String section) {
        assertRejected(sbi, Reason.OUT_OF_SCOPE, "is in " + section);
    }

    @Test
    void nineNineNineNineIsUnknownNotOutOfScopeWhileNineNineZeroZeroIsOutOfScope() {
        assertThat(uwv.classify("9999")).isEqualTo(new Rejected(Reason.UNKNOWN_CODE,
                "SBI 9999 is not a class or subclass of SBI 2008: division 99 has no group 999"));
        assertRejected("9900", Reason.OUT_OF_SCOPE, "SBI 9900 is in section U");
    }

    @Test
    void classEightyEightTenNeedsTheFiveDigitCode() {
        assertThat(uwv.classify("88.10")).isEqualTo(new Rejected(Reason.NEEDS_MORE_DIGITS, "SBI 8810 cannot be "
                + "placed: health care (88101, 88103) and social work, youth care and childcare (88102) need the "
                + "five-digit code"));
    }

    @Test
    void threeDigitCodeIsIncompleteInsteadOfIndustrie() {
        // 0123 (citrus fruit) is a NACE Rev. 2 class that SBI 2008 leaves out: the lost zero is still named
        assertThat(uwv.classify("123")).isEqualTo(new Rejected(Reason.INCOMPLETE, "SBI 123 is incomplete: it has "
                + "3 digits; a code of SBI 2008 is a class (4 digits) or subclass (5 digits); did it lose a leading "
                + "zero? 0123 is NACE Rev. 2 class 01.23 (Growing of citrus fruits), which SBI 2008 does not use"));
    }

    @Test
    void aCodeThatLostItsLeadingZeroSaysWhichCodeExists() {
        assertThat(uwv.classify("111")).isEqualTo(new Rejected(Reason.INCOMPLETE, "SBI 111 is incomplete: it has "
                + "3 digits; a code of SBI 2008 is a class (4 digits) or subclass (5 digits); did it lose a leading "
                + "zero? 0111 exists"));
        assertThat(uwv.classify("1.41")).isEqualTo(new Rejected(Reason.INCOMPLETE, "SBI 141 is incomplete: 141 is "
                + "a group of SBI 2008; a code must be a class (4 digits) or subclass (5 digits); did it lose a "
                + "leading zero? 0141 exists"));
        assertThat(uwv.classify("1131")).isEqualTo(new Rejected(Reason.UNKNOWN_CODE, "SBI 1131 is not a class or "
                + "subclass of SBI 2008: division 11 has no group 113; did it lose a leading zero? 01131 exists"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "47|SBI 47 is incomplete: 47 is a division of SBI 2008; a code must be a class (4 digits) or subclass (5 digits)",
        "471|SBI 471 is incomplete: 471 is a group of SBI 2008; a code must be a class (4 digits) or subclass "
            + "(5 digits)",
        "88|SBI 88 is incomplete: 88 is a division of SBI 2008; a code must be a class (4 digits) or subclass "
            + "(5 digits)",
        "00|SBI 00 is incomplete: it has 2 digits; a code of SBI 2008 is a class (4 digits) or subclass (5 digits)",
        "4|SBI 4 is incomplete: it has 1 digit; a code of SBI 2008 is a class (4 digits) or subclass (5 digits)"})
    void divisionsGroupsAndShorterCodesAreIncomplete(String sbi, String message) {
        assertThat(uwv.classify(sbi)).isEqualTo(new Rejected(Reason.INCOMPLETE, message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0010|: there is no division 00", "0400|: there is no division 04", "3400|: there is no division 34",
        "4411|: there is no division 44", "8300|: there is no division 83", "8910|: there is no division 89",
        "8740|: division 87 has no group 874", "8800|: division 88 has no group 880",
        "8811|: group 881 has only class 8810",
        "88104|: class 8810 has the subclasses 88101, 88102, 88103",
        "47110|: class 4711 has no subclasses; its code is 4711",
        "87101|: class 8710 has no subclasses; its code is 8710",
        "12345|: there is no class 1234",
        "0510|: it is NACE Rev. 2 class 05.10 (Mining of hard coal), which SBI 2008 does not use",
        "0123|: it is NACE Rev. 2 class 01.23 (Growing of citrus fruits), which SBI 2008 does not use",
        "3320|: it is NACE Rev. 2 class 33.20 (Installation of industrial machinery and equipment), which SBI 2008 "
            + "does not use; it has 3321, 3322, 3323, 3324, 3329 in group 332 instead",
        "8690|: it is NACE Rev. 2 class 86.90 (Other human health activities), which SBI 2008 does not use; it has "
            + "8691, 8692 in group 869 instead"})
    void codesThatSbiDoesNotHaveAreUnknownSayingWhatItHasThere(String sbi, String detail) {
        assertThat(uwv.classify(sbi)).isEqualTo(new Rejected(Reason.UNKNOWN_CODE,
                "SBI " + sbi + " is not a class or subclass of SBI 2008" + detail));
    }

    @Test
    void subclassesOfEarlierVersionsOfSbi2008AreUnknown() {
        assertRejected("88911", Reason.UNKNOWN_CODE, "class 8891 has no subclasses; its code is 8891");
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
    @CsvSource({"471101, 6 digits", "8.8.1.0.1.1, 6 digits", "000047110, 9 digits"})
    void rejectsCodesOfMoreThanFiveDigitsAsMalformed(String sbi, String digits) {
        assertRejected(sbi, Reason.MALFORMED, "has " + digits + "; a code of SBI 2008 is a class (4 digits) or "
                + "subclass (5 digits)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingCodesAreMissing(String sbi) {
        assertThat(uwv.classify(sbi)).isEqualTo(new Rejected(Reason.MISSING, "SBI code is missing"));
    }

    @Test
    void findsTheClassificationByNameAndEdition() {
        assertThat(SectorClassification.byName("uwv-sector-16")).isSameAs(uwv);
        assertThat(SectorClassification.byName("uwv-sector-16", "sbi-2008")).isSameAs(uwv);
        assertThat(uwv.name()).isEqualTo("uwv-sector-16");
        assertThat(uwv.edition().name()).isEqualTo("sbi-2008");
        assertThatThrownBy(() -> SectorClassification.byName("sbi-sections"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown sector classification 'sbi-sections'; known: [uwv-sector-16]");
        assertThatThrownBy(() -> SectorClassification.byName("uwv-sector-16", "sbi-2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown SBI edition 'sbi-2025'; known: sbi-2008");
    }

    @Test
    void classifiesQuickly() {
        long start = System.nanoTime();
        int placed = 0;
        for (int i = 0; i < 200_000; i++) {
            placed += uwv.classify(i % 2 == 0 ? "47.11" : "88101") instanceof Placed ? 1 : 0;
        }
        assertThat(placed).isEqualTo(200_000);
        assertThat(System.nanoTime() - start).as("200,000 codes in under 5 s").isLessThan(5_000_000_000L);
    }

    private void assertRejected(String sbi, Reason reason, String messagePart) {
        assertThat(uwv.classify(sbi)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).contains(messagePart);
        });
    }
}
