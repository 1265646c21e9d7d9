package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SectorClassification.Placed;
import org.junit.jupiter.api.Test;

/** The synthetic wave only draws SBI codes that exist, each in the cluster of its stratum. */
class SbiCodesTest {
    final SectorClassification uwv = SectorClassification.uwvSector16();

    @Test
    void everyCodeOfEveryClusterExistsInSbi2008AndClassifiesIntoThatCluster() {
        Set<String> all = new HashSet<>();
        for (int sector = 0; sector < SyntheticFrame.SECTORS; sector++) {
            String cluster = SyntheticFrame.sectorCode(sector);
            for (String code : SbiCodes.of(sector)) {
                assertThat(uwv.edition().has(code)).as(code + " is a class or subclass of SBI 2008").isTrue();
                assertThat(uwv.classify(code)).as(code).isInstanceOfSatisfying(Placed.class,
                        p -> assertThat(p.cluster().code()).as(code).isEqualTo(cluster));
                assertThat(all.add(code)).as(code + " is in one cluster only").isTrue();
            }
            assertThat(SbiCodes.of(sector)).as("cluster " + cluster).isNotEmpty();
        }
    }

    @Test
    void healthCareAndSocialWorkGetFiveDigitsAndEveryOtherClusterBothLengths() {
        for (int sector = 0; sector < SyntheticFrame.SECTORS; sector++) {
            String[] codes = SbiCodes.of(sector);
            if (sector == 13 || sector == 14) {
                assertThat(codes).allMatch(c -> c.length() == 5);
            } else {
                assertThat(Arrays.stream(codes).map(String::length).distinct()).as("cluster " + (sector + 1))
                        .containsExactlyInAnyOrder(4, 5);
            }
        }
    }
}
