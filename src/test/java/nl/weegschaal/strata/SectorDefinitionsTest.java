package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SBI definitions of the sector clusters, as the workbook's methods annex gives them. */
class SectorDefinitionsTest {
    private final SectorClassification sectors = SectorClassification.uwvSector16();

    @Test
    void everyClusterHasItsSbiCodesSectionsFirst() {
        Map<String, List<String>> definitions = sectors.definitions();
        assertThat(definitions).hasSize(16);
        assertThat(definitions.keySet()).containsExactlyElementsOf(
                sectors.clusters().stream().map(SectorCluster::code).toList());
        assertThat(definitions.get("02")).containsExactly("B", "C", "D", "E");
        assertThat(definitions.get("05")).containsExactly("45", "47");
        assertThat(definitions.get("14")).containsExactly("86", "871", "872", "873", "88101", "88103");
        assertThat(definitions.get("15")).containsExactly("879", "88102", "889");
        assertThat(definitions.values()).allSatisfy(codes -> assertThat(codes).isNotEmpty());
    }

    @Test
    void divisionSeventyEightAndSectionsTAndUAreOutsideThePopulation() {
        assertThat(sectors.excluded()).containsExactly("78", "T", "U");
        assertThat(sectors.definitions().values()).noneMatch(codes -> codes.contains("78"));
    }
}
