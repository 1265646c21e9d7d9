package nl.weegschaal.strata;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.strata.SectorClassification.Placed;
import nl.weegschaal.strata.SectorClassification.Reason;
import nl.weegschaal.strata.SectorClassification.Rejected;
import nl.weegschaal.strata.SectorClassification.Result;

/**
 * The 16 sector clusters of the UWV employer survey ({@code uwv-sector-16}) and how SBI 2008 codes fall into them.
 *
 * <p>The rules name codes of the classification at any level; for a class or subclass the most specific code on
 * its path to the section decides: section F is Bouw, but within section G division 46 is Groothandel and 45 and
 * 47 are Detailhandel en autohandel; section Q is split between health care (division 86, groups 871-873,
 * subclasses 88101 and 88103) and social work (groups 879 and 889, subclass 88102), so class 8810 itself needs its
 * fifth digit. Division 78 (employment agencies) and sections T and U are not in the survey population.
 */
final class UwvSector16 {
    static final List<SectorCluster> CLUSTERS = List.of(
            new SectorCluster("01", "Landbouw", "Agriculture, forestry and fishing"),
            new SectorCluster("02", "Industrie", "Industry, mining, energy and water"),
            new SectorCluster("03", "Bouw", "Construction"),
            new SectorCluster("04", "Groothandel", "Wholesale trade"),
            new SectorCluster("05", "Detailhandel en autohandel", "Retail trade and motor vehicle trade"),
            new SectorCluster("06", "Vervoer en opslag", "Transportation and storage"),
            new SectorCluster("07", "Horeca", "Accommodation and food services"),
            new SectorCluster("08", "Informatie en communicatie", "Information and communication"),
            new SectorCluster("09", "Financiële instellingen", "Financial institutions"),
            new SectorCluster("10", "Verhuur en overige zakelijke diensten", "Renting and other business services"),
            new SectorCluster("11", "Specialistische zakelijke diensten", "Specialised business services"),
            new SectorCluster("12", "Openbaar bestuur", "Public administration"),
            new SectorCluster("13", "Onderwijs", "Education"),
            new SectorCluster("14", "Gezondheidszorg", "Health care"),
            new SectorCluster("15", "Sociaal werk, jeugdzorg, kinderopvang (SJK)",
                    "Social work, youth care and childcare"),
            new SectorCluster("16", "Overige dienstverlening, cultuur, sport, recreatie",
                    "Other services, culture, sports and recreation"));

    /** Cluster number (1-16) per code of the classification, of any level. */
    private static final Map<String, Integer> CLUSTER_OF = Map.ofEntries(
            entry("A", 1), entry("B", 2), entry("C", 2), entry("D", 2), entry("E", 2), entry("F", 3),
            entry("46", 4), entry("45", 5), entry("47", 5), entry("H", 6), entry("I", 7), entry("J", 8),
            entry("K", 9), entry("L", 10), entry("N", 10), entry("M", 11), entry("O", 12), entry("P", 13),
            entry("86", 14), entry("871", 14), entry("872", 14), entry("873", 14), entry("88101", 14),
            entry("88103", 14), entry("879", 15), entry("889", 15), entry("88102", 15), entry("R", 16),
            entry("S", 16));

    /** Codes outside the survey population, with how a message names them. */
    private static final Map<String, String> OUT_OF_SCOPE = Map.of(
            "78", "division 78 (employment agencies, temporary staffing)",
            "T", "section T (households as employers)",
            "U", "section U (extraterritorial organisations)");

    /**
     * The SBI codes each cluster is defined by, per cluster code in publication order, the sections
     * (letters) before the numeric codes, each in ascending order: the definition a methods annex gives.
     */
    static Map<String, List<String>> definitions() {
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        for (SectorCluster cluster : CLUSTERS) {
            definitions.put(cluster.code(), CLUSTER_OF.entrySet().stream()
                    .filter(e -> CLUSTERS.get(e.getValue() - 1) == cluster).map(Map.Entry::getKey)
                    .sorted(Comparator.comparing((String code) -> Character.isDigit(code.charAt(0)))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList());
        }
        return definitions;
    }

    /** The codes outside the survey population (division 78, sections T and U), sorted. */
    static List<String> excluded() {
        return OUT_OF_SCOPE.keySet().stream().sorted().toList();
    }

    private final SbiEdition edition;

    /**
     * The rules on an edition.
     *
     * @throws IllegalStateException if a rule names a code the edition does not have (a new edition needs its rules
     *                               checked)
     */
    UwvSector16(SbiEdition edition) {
        this.edition = edition;
        for (String code : concat(CLUSTER_OF.keySet(), OUT_OF_SCOPE.keySet())) {
            if (!edition.has(code)) {
                throw new IllegalStateException("the uwv-sector-16 rules name " + code + ", which "
                        + edition.title() + " does not have");
            }
        }
    }

    /**
     * Places a class or subclass of the edition.
     *
     * @param code a class or subclass the edition has, as digits
     */
    Result place(String code) {
        for (SbiCode at : edition.path(code)) {
            String scope = OUT_OF_SCOPE.get(at.code());
            if (scope != null) {
                return new Rejected(Reason.OUT_OF_SCOPE, "SBI " + code + " is in " + scope + ", which is out of scope");
            }
            Integer cluster = CLUSTER_OF.get(at.code());
            if (cluster != null) {
                return new Placed(code, CLUSTERS.get(cluster - 1));
            }
        }
        return needsMoreDigits(code);
    }

    /** A class whose subclasses fall into different clusters: which subclasses go where. */
    private Result needsMoreDigits(String code) {
        Map<SectorCluster, List<String>> where = new LinkedHashMap<>();
        for (SbiCode subclass : edition.sbiChildren(code)) {
            if (place(subclass.code()) instanceof Placed placed) {
                where.computeIfAbsent(placed.cluster(), c -> new ArrayList<>()).add(subclass.code());
            }
        }
        if (where.size() < 2) {
            throw new IllegalStateException("the uwv-sector-16 rules do not place SBI " + code);
        }
        List<String> parts = where.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(SectorCluster::code)))
                .map(e -> lowerFirst(e.getKey().nameEn()) + " (" + String.join(", ", e.getValue()) + ")").toList();
        return new Rejected(Reason.NEEDS_MORE_DIGITS, "SBI " + code + " cannot be placed: "
                + String.join(" and ", parts) + " need the five-digit code");
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
