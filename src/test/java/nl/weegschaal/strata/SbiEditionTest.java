package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.weegschaal.strata.SbiCode.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification file of SBI 2008: its size, a few known codes, and the structure every edition must have. */
class SbiEditionTest {
    final SbiEdition sbi = SbiEdition.named("sbi-2008");

    private Map<SbiLevel, Long> count(Predicate<SbiCode> which) {
        return sbi.codes().stream().filter(which).collect(Collectors.groupingBy(SbiCode::level, Collectors.counting()));
    }

    @Test
    void naceRev2HasItsPublishedSize() {
        assertThat(count(SbiCode::inNace)).containsExactlyInAnyOrderEntriesOf(Map.of(SbiLevel.SECTION, 21L,
                SbiLevel.DIVISION, 88L, SbiLevel.GROUP, 272L, SbiLevel.CLASS, 615L));
    }

    @Test
    void sbi2008HasTheNaceHierarchyLessWhatTheNetherlandsLacksPlusItsOwnClassesAndSubclasses() {
        assertThat(count(SbiCode::inSbi)).containsExactlyInAnyOrderEntriesOf(Map.of(SbiLevel.SECTION, 21L,
                SbiLevel.DIVISION, 86L, SbiLevel.GROUP, 266L, SbiLevel.CLASS, 604L, SbiLevel.SUBCLASS, 477L));
        assertThat(sbi.codes()).filteredOn(c -> c.scheme() == Scheme.NACE_ONLY).extracting(SbiCode::code)
                .contains("05", "07", "023", "851", "0123", "3320", "3521", "8510", "8690").hasSize(30);
        assertThat(sbi.codes()).filteredOn(c -> c.level() == SbiLevel.CLASS && !c.inNace()).extracting(SbiCode::code)
                .containsExactly("3321", "3322", "3323", "3324", "3329", "3520", "4668", "8691", "8692", "9314", "9315");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "A|SECTION|both|Landbouw, bosbouw en visserij|Agriculture, forestry and fishing",
        "Q|SECTION|both|Gezondheids- en welzijnszorg|Human health and social work activities",
        "47|DIVISION|both|Detailhandel (niet in auto's)|Retail trade, except of motor vehicles and motorcycles",
        "05|DIVISION|nace-only||Mining of coal and lignite",
        "881|GROUP|both|Maatschappelijke dienstverlening zonder overnachting gericht op ouderen en gehandicapten"
            + "|Social work activities without accommodation for the elderly and disabled",
        "4711|CLASS|both|Supermarkten en dergelijke winkels met een algemeen assortiment voedings- en "
            + "genotmiddelen|Retail sale in non-specialised stores with food, beverages or tobacco predominating",
        "0123|CLASS|nace-only||Growing of citrus fruits",
        "8691|CLASS|sbi-only|Praktijken van verloskundigen en paramedici|",
        "88101|SUBCLASS|sbi-only|Thuiszorg|",
        "88102|SUBCLASS|sbi-only|Welzijnswerk voor ouderen|",
        "88103|SUBCLASS|sbi-only|Ondersteuning en begeleiding van gehandicapten|",
        "01131|SUBCLASS|sbi-only|Teelt van groenten in de volle grond|",
        "65122|SUBCLASS|sbi-only|Zorgverzekeringen|"})
    void knowsTheseCodes(String code, SbiLevel level, String scheme, String nl, String en) {
        SbiCode found = sbi.find(code).orElseThrow();
        assertThat(found.level()).isEqualTo(level);
        assertThat(found.scheme()).isEqualTo(Scheme.of(scheme));
        assertThat(found.titleNl()).isEqualTo(nl == null ? "" : nl);
        assertThat(found.titleEn()).isEqualTo(en == null ? "" : en);
        assertThat(sbi.has(code)).isEqualTo(!scheme.equals("nace-only"));
    }

    @Test
    void subclassesOfEarlierVersionsOfSbi2008AreNotInThisOne() {
        assertThat(sbi.find("88911")).isEmpty();
        assertThat(sbi.find("88912")).isEmpty();
        assertThat(sbi.has("8891")).isTrue();
        assertThat(sbi.sbiChildren("8891")).isEmpty();
    }

    @Test
    void everySbiCodeHasADutchTitleAndEveryNaceCodeAnEnglishOne() {
        assertThat(sbi.codes()).filteredOn(SbiCode::inSbi).allMatch(c -> !c.titleNl().isBlank());
        assertThat(sbi.codes()).filteredOn(SbiCode::inNace).allMatch(c -> !c.titleEn().isBlank());
    }

    @Test
    void walksFromASubclassUpToItsSection() {
        assertThat(sbi.path("88101")).extracting(SbiCode::code).containsExactly("88101", "8810", "881", "88", "Q");
        assertThat(sbi.path("9999")).isEmpty();
        assertThat(sbi.sbiChildren("8810")).extracting(SbiCode::code).containsExactly("88101", "88102", "88103");
        assertThat(sbi.sbiChildren("012")).extracting(SbiCode::code)
                .as("NACE classes SBI 2008 leaves out are not children in the SBI")
                .containsExactly("0121", "0124", "0125", "0127", "0128", "0129");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"88101, 88.10.1", "0123, 01.23", "881, 88.1", "88, 88", "Q, Q"})
    void writesTheDottedCodeOfThePublications(String code, String dotted) {
        assertThat(sbi.find(code).orElseThrow().dotted()).isEqualTo(dotted);
    }

    @Test
    void isReadOnceAndKept() {
        assertThat(SbiEdition.named(" sbi-2008 ")).isSameAs(sbi);
        assertThat(sbi.name()).isEqualTo("sbi-2008");
        assertThat(sbi.title()).isEqualTo("SBI 2008");
        assertThat(SbiEdition.names()).containsExactly("sbi-2008");
    }

    @Test
    void anUnknownEditionNamesTheEditionsThereAre() {
        assertThatThrownBy(() -> SbiEdition.named("sbi-2025")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown SBI edition 'sbi-2025'; known: sbi-2008");
    }
}
