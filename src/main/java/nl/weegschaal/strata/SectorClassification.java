package nl.weegschaal.strata;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Places an establishment in a sector cluster from its SBI code (CBS Standaard Bedrijfsindeling, by default edition
 * SBI 2008), checked against the classification itself ({@link SbiEdition}), not against its first digits.
 *
 * <p>Accepted input: leading and trailing whitespace is ignored; then every {@code '.'} and {@code ' '} is removed;
 * what remains must be a class (four digits) or subclass (five digits) that the edition has. So {@code "4711"},
 * {@code "47.11"}, {@code "88101"}, {@code "88.10.1"} and {@code "8810 1"} are accepted. The checks, in this order:
 * <ol>
 * <li>blank: {@link Reason#MISSING};</li>
 * <li>not all ASCII digits ({@code "47-11"}, {@code "SBI 4711"}), or more than five: {@link Reason#MALFORMED};</li>
 * <li>fewer than four digits ({@code "47"}, a division; {@code "111"}): {@link Reason#INCOMPLETE}, with a hint when
 * a leading zero lost in a spreadsheet would give an existing code ({@code 0111});</li>
 * <li>four or five digits the edition does not have ({@code "9999"}, or NACE class {@code "0123"} that SBI 2008
 * does not use): {@link Reason#UNKNOWN_CODE}, saying what the edition has there;</li>
 * <li>division 78 and sections T and U: {@link Reason#OUT_OF_SCOPE};</li>
 * <li>class 8810, whose subclasses are split between health care and social work:
 * {@link Reason#NEEDS_MORE_DIGITS}.</li>
 * </ol>
 * A four-digit code that lost its leading zero ({@code "1411"} for {@code 01411}) is a different existing class and
 * cannot be detected; nothing is guessed.
 */
public final class SectorClassification {
    /** The name of the 16-cluster classification of the employer survey in job specs. */
    public static final String UWV_SECTOR_16 = "uwv-sector-16";

    private static final Map<String, SectorClassification> BY_EDITION = new ConcurrentHashMap<>();

    private final SbiEdition edition;
    private final SbiCodeCheck check;
    private @Nullable UwvSector16 rules;

    private SectorClassification(SbiEdition edition) {
        this.edition = edition;
        this.check = new SbiCodeCheck(edition);
    }

    /** The rules, made (and checked against the edition's codes) when first needed to place a code. */
    private synchronized UwvSector16 rules() {
        if (rules == null) {
            rules = new UwvSector16(edition);
        }
        return rules;
    }

    /** The 16 sector clusters of the employer survey ({@code uwv-sector-16}) on the default SBI edition. */
    public static SectorClassification uwvSector16() {
        return byName(UWV_SECTOR_16);
    }

    /** The classification with this name as written in a job spec, on the default SBI edition. */
    public static SectorClassification byName(String name) {
        return byName(name, SbiEdition.DEFAULT);
    }

    /**
     * The classification with this name on this SBI edition, as written in a job spec; read once and kept.
     *
     * @throws IllegalArgumentException naming the known classifications or editions if there is none by that name
     */
    public static SectorClassification byName(String name, String edition) {
        if (!UWV_SECTOR_16.equals(name.strip())) {
            throw new IllegalArgumentException("unknown sector classification '" + name + "'; known: " + names());
        }
        SbiEdition sbi = SbiEdition.named(edition);
        return BY_EDITION.computeIfAbsent(sbi.name(), n -> new SectorClassification(sbi));
    }

    /** The names {@link #byName} knows. */
    public static List<String> names() {
        return List.of(UWV_SECTOR_16);
    }

    /** This classification's name, e.g. {@code uwv-sector-16}. */
    public String name() {
        return UWV_SECTOR_16;
    }

    /** The SBI edition the codes are checked against. */
    public SbiEdition edition() {
        return edition;
    }

    /**
     * The SBI codes (sections, divisions, groups, subclasses) that define each cluster, by cluster code in
     * publication order, for a methods annex; e.g. {@code 05 -> [45, 47]}.
     */
    public Map<String, List<String>> definitions() {
        return UwvSector16.definitions();
    }

    /** The SBI codes outside the survey population: {@code [78, T, U]}. */
    public List<String> excluded() {
        return UwvSector16.excluded();
    }

    /** The clusters in publication order. */
    public List<SectorCluster> clusters() {
        return UwvSector16.CLUSTERS;
    }

    /**
     * Places one SBI code (see the class comment for the accepted formats and the order of the checks).
     *
     * @param sbi the code as it comes from an export; null or blank is {@link Reason#MISSING}
     * @return the cluster, or a rejection with its reason, naming the code
     */
    public Result classify(@Nullable String sbi) {
        Rejected problem = check.problem(sbi);
        return problem != null ? problem : rules().place(SbiCodeCheck.digits(sbi));
    }

    /** Why a code was rejected. */
    public enum Reason {
        /** Empty or null. */
        MISSING,
        /** Not a number after removing dots and spaces, or more than five digits. */
        MALFORMED,
        /** Fewer than four digits: a division or group, or a code that lost a leading zero. */
        INCOMPLETE,
        /** Four or five digits that are not a class or subclass of the edition. */
        UNKNOWN_CODE,
        /** Division 78 or sections T and U: not in the survey population. */
        OUT_OF_SCOPE,
        /** A class whose subclasses fall into different clusters (8810): the five-digit code is needed. */
        NEEDS_MORE_DIGITS
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
