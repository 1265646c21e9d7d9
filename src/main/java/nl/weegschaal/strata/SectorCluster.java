package nl.weegschaal.strata;

/**
 * One cluster of a sector classification.
 *
 * @param code   the stratum code, e.g. {@code "04"}
 * @param nameNl the Dutch name used in publications, e.g. {@code "Groothandel"}
 * @param nameEn an English name, e.g. {@code "Wholesale trade"}
 */
public record SectorCluster(String code, String nameNl, String nameEn) {
}
