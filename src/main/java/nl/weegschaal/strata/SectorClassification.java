package nl.weegschaal.strata;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Places an establishment in a sector cluster from its SBI 2008 code (CBS Standaard Bedrijfsindeling; its two-digit
 * divisions equal NACE Rev. 2).
 *
 * <p>Accepted input: leading and trailing whitespace is ignored; then every {@code '.'} and {@code ' '} is removed;
 * what remains must be 2 to 5 ASCII digits (division, group, class, Dutch subclass). So {@code "4711"},
 * {@code "47.11"}, {@code "86101"}, {@code "88.10.1"}, {@code "8810 1"} are accepted; {@code "47-11"},
 * {@code "SBI 4711"}, {@code "4"} and {@code "471101"} are not. Leading zeros matter: {@code "0111"} is agriculture,
 * but {@code "111"} (a zero lost by a spreadsheet) reads as division 11 and cannot be detected.
 *
 * <p>Decisions: sections T (97-98, households as employers) and U (99, extraterritorial organisations) and division
 * 78 are {@link Reason#OUT_OF_SCOPE}; divisions that do not exist in SBI 2008 (00, 04, 34, 40, 44, 48, 54, 57, 67,
 * 76, 83, 89) and groups or subclasses that cannot exist in the health/social-work split are
 * {@link Reason#UNKNOWN_CODE}; nothing is guessed.
 */
public final class SectorClassification {
    /** The name of the 16-cluster classification of the employer survey in job specs. */
    public static final String UWV_SECTOR_16 = "uwv-sector-16";

    private static final List<SectorCluster> UWV_CLUSTERS = List.of(
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

    /** Cluster number (1-16) per SBI division; 0: not a division of SBI 2008 or handled separately. */
    private static final int[] CLUSTER_OF_DIVISION = new int[100];

    static {
        int[][] ranges = { // {first division, last division, cluster}; A, B-E, F, G46, G45, G47, H, I, J, K,
            {1, 3, 1}, {5, 39, 2}, {41, 43, 3}, {46, 46, 4}, {45, 45, 5}, {47, 47, 5}, {49, 53, 6}, {55, 56, 7},
            {58, 63, 8}, {64, 66, 9}, {68, 68, 10}, {77, 77, 10}, {79, 82, 10}, // L, N without 78
            {69, 75, 11}, {84, 84, 12}, {85, 85, 13}, {86, 86, 14}, {90, 96, 16}}; // M, O, P, Q86, R and S
        for (int[] range : ranges) {
            for (int division = range[0]; division <= range[1]; division++) {
                CLUSTER_OF_DIVISION[division] = range[2];
            }
        }
        CLUSTER_OF_DIVISION[34] = 0; // B-E is 05-39 without 34, which lies between C (10-33) and D (35)
    }

    private static final Map<String, String> OUT_OF_SCOPE = Map.of(
            "78", "division 78 (employment agencies, temporary staffing)",
            "97", "division 97 in section T (households as employers)",
            "98", "division 98 in section T (households producing for own use)",
            "99", "division 99 in section U (extraterritorial organisations)");
    private static final Map<String, Integer> HEALTH_SOCIAL = Map.of(
            "871", 14, "872", 14, "873", 14, "879", 15, "889", 15, "88101", 14, "88103", 14, "88102", 15);
    private static final String SPLIT_881 =
            "health care (88101, 88103) and social work (88102) need the five-digit code";

    private static final SectorClassification UWV = new SectorClassification(UWV_SECTOR_16, UWV_CLUSTERS);

    private final String name;
    private final List<SectorCluster> clusters;

    private SectorClassification(String name, List<SectorCluster> clusters) {
        this.name = name;
        this.clusters = clusters;
    }

    /** The 16 sector clusters of the employer survey ({@code uwv-sector-16}), codes {@code "01"} to {@code "16"}. */
    public static SectorClassification uwvSector16() {
        return UWV;
    }

    /**
     * The classification with this name as written in a job spec.
     *
     * @throws IllegalArgumentException naming the known classifications if there is none by this name
     */
    public static SectorClassification byName(String name) {
        if (UWV_SECTOR_16.equals(name.strip())) {
            return UWV;
        }
        throw new IllegalArgumentException("unknown sector classification '" + name + "'; known: " + names());
    }

    /** The names {@link #byName} knows. */
    public static List<String> names() {
        return List.of(UWV_SECTOR_16);
    }

    /** This classification's name, e.g. {@code uwv-sector-16}. */
    public String name() {
        return name;
    }

    /** The clusters in publication order. */
    public List<SectorCluster> clusters() {
        return clusters;
    }

    /**
     * Places one SBI 2008 code (see the class comment for the accepted formats).
     *
     * @param sbi the code as it comes from an export; null or blank is {@link Reason#MISSING}
     * @return the cluster, or a rejection with its reason
     */
    public Result classify(@Nullable String sbi) {
        if (sbi == null || sbi.isBlank()) {
            return new Rejected(Reason.MISSING, "SBI code is missing");
        }
        String code = sbi.strip().replace(".", "").replace(" ", "");
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Rejected(Reason.MALFORMED, "SBI '" + sbi.strip() + "' is not a number");
        }
        if (code.length() < 2 || code.length() > 5) {
            return new Rejected(Reason.MALFORMED, "SBI '" + sbi.strip() + "' has " + code.length()
                    + (code.length() == 1 ? " digit" : " digits") + "; an SBI 2008 code has 2 to 5 digits");
        }
        String division = code.substring(0, 2);
        String scope = OUT_OF_SCOPE.get(division);
        if (scope != null) {
            return new Rejected(Reason.OUT_OF_SCOPE, "SBI " + code + " is " + scope + ", which is out of scope");
        }
        if (division.equals("87") || division.equals("88")) {
            return healthOrSocialWork(code);
        }
        int cluster = CLUSTER_OF_DIVISION[Integer.parseInt(division)];
        if (cluster == 0) {
            return unknown(code, "division " + division + " does not exist in SBI 2008");
        }
        return placed(code, cluster);
    }

    /** Divisions 87 and 88 are split between health care and social work below the division level. */
    private Result healthOrSocialWork(String code) {
        if (code.length() == 2) {
            String detail = code.equals("87") ? "health care (871, 872, 873) and social work (879) need the group"
                    : "health care (88101, 88103) and social work (88102, 889) need the group and, within 881, "
                    + "the five-digit code";
            return new Rejected(Reason.NEEDS_MORE_DIGITS, "SBI " + code + " cannot be placed: " + detail);
        }
        String group = code.substring(0, 3);
        if (group.equals("881")) {
            if (code.length() == 3 || code.equals("8810")) {
                return new Rejected(Reason.NEEDS_MORE_DIGITS, "SBI " + code + " cannot be placed: " + SPLIT_881);
            }
            Integer cluster = code.length() == 5 ? HEALTH_SOCIAL.get(code) : null;
            return cluster == null ? unknown(code, "group 881 has only class 8810 with subclasses 88101, 88102 "
                    + "and 88103") : placed(code, cluster);
        }
        Integer cluster = HEALTH_SOCIAL.get(group);
        return cluster == null ? unknown(code, "group " + group + " does not exist in SBI 2008")
                : placed(code, cluster);
    }

    private Result placed(String code, int cluster) {
        return new Placed(code, clusters.get(cluster - 1));
    }

    private static Result unknown(String code, String why) {
        return new Rejected(Reason.UNKNOWN_CODE, "SBI " + code + " cannot be placed: " + why);
    }

    /** Why a code was rejected. */
    public enum Reason {
        /** Empty or null. */
        MISSING,
        /** Not 2 to 5 digits after removing dots and spaces. */
        MALFORMED,
        /** Too short to choose between health care and social work; the five-digit code is needed. */
        NEEDS_MORE_DIGITS,
        /** Division 78 or sections T and U: not in the survey population. */
        OUT_OF_SCOPE,
        /** A division, group or subclass that SBI 2008 does not have. */
        UNKNOWN_CODE
    }

    /** The outcome of {@link #classify}: {@link Placed} or {@link Rejected}. */
    public sealed interface Result permits Placed, Rejected {
    }

    /**
     * A code placed in a cluster.
     *
     * @param sbi     the code as digits only, e.g. {@code "4711"}
     * @param cluster its cluster
     */
    public record Placed(String sbi, SectorCluster cluster) implements Result {
    }

    /**
     * A code that cannot be placed.
     *
     * @param reason  the kind of rejection
     * @param message the reason for a statistician, naming the code
     */
    public record Rejected(Reason reason, String message) implements Result {
    }
}
