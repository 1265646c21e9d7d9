package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.CalibrationTotalsReader;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.weighting.CalibrationSettings;

/**
 * The methods texts of the notes sheet in publication words (no spec codes): the weighting method, what
 * becomes of strata with one respondent, collapsing and trimming, the survey population and the SBI
 * definitions of the sector clusters.
 */
final class MethodsText {
    private final WaveSpec spec;
    private final Labels l;

    MethodsText(WaveSpec spec, Labels labels) {
        this.spec = spec;
        this.l = labels;
    }

    /** The method in words, e.g. "gestratificeerd, per stratum gewogen naar de populatie". */
    String method() {
        String calibration = calibration();
        return calibration == null ? weighting() : weighting() + " " + calibration;
    }

    /** The calibration to totals in words, or null without one. */
    private String calibration() {
        CalibrationSettings settings = spec.weighting().calibration();
        if (settings == null) {
            return null;
        }
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String variable : CalibrationTotalsReader.read(settings.totals()).variables()) {
            nl.add(auxiliary(variable, true));
            en.add(auxiliary(variable, false));
        }
        String bounds = settings.bounds().any() ? l.t(", met de correctiefactoren tussen " + l.decimal(settings
                .bounds().lower()) + " en " + l.decimal(settings.bounds().upper()), ", with the adjustment factors "
                + "between " + l.decimal(settings.bounds().lower()) + " and " + l.decimal(settings.bounds().upper()))
                : "";
        return l.t("Daarna zijn de gewichten gekalibreerd (GREG, " + settings.function().label() + bounds
                + ") op de bekende populatietotalen van " + list(nl, " en ") + ", zodat de gewogen totalen "
                + "daarmee precies overeenkomen; de weegfactoren verschillen daardoor ook binnen een stratum.",
                "The weights were then calibrated (GREG, " + settings.function().label() + bounds + ") to the known "
                + "population totals of " + list(en, " and ") + ", so that the weighted totals match them "
                + "exactly; the weights therefore also differ within a stratum.");
    }

    /** "a, b en c". */
    private static String list(List<String> items, String and) {
        return items.size() < 2 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    /** An auxiliary in words: the register's names for the usual ones, otherwise the column's name. */
    private static String auxiliary(String variable, boolean dutch) {
        return switch (variable) {
            case "size_class" -> dutch ? "het aantal vestigingen per grootteklasse" : "the establishments per size class";
            case "sector_cluster" -> dutch ? "het aantal vestigingen per sectorcluster"
                    : "the establishments per sector cluster";
            case "employees" -> dutch ? "het aantal werkzame personen" : "the number of persons employed";
            default -> variable;
        };
    }

    /** The weighting method in words. */
    private String weighting() {
        return switch (spec.method()) {
            case STRATIFIED -> l.t("Gestratificeerde steekproef naar sectorcluster en grootteklasse, per stratum "
                    + "gewogen naar de populatie: weegfactor = vestigingen in de populatie / respondenten in het "
                    + "stratum, zodat de gewogen aantallen per stratum gelijk zijn aan de populatie.",
                    "Stratified sample by sector cluster and size class, weighted to the population per stratum: "
                    + "weight = establishments in the population / respondents in the stratum, so that the weighted "
                    + "counts per stratum equal the population.");
            case POSTSTRATIFY -> l.t("Poststratificatie: per combinatie van sectorcluster en grootteklasse gewogen "
                    + "naar de populatie.", "Post-stratification: weighted to the population per combination of "
                    + "sector cluster and size class.");
            case RAKE -> l.t("Kalibratie door iteratief proportioneel aanpassen (raking): de gewogen aantallen "
                    + "kloppen met de populatie per sectorcluster en per grootteklasse.", "Calibration by iterative "
                    + "proportional fitting (raking): the weighted counts match the population per sector cluster "
                    + "and per size class.");
        };
    }

    /** What a stratum with a single respondent contributes to the standard error, in words. */
    String lonely() {
        return switch (spec.lonelyPsu()) {
            case ADJUST -> l.t("Een stratum met één respondent draagt aan de standaardfout bij met de afwijking "
                    + "van die respondent van het algemene gemiddelde (een voorzichtige schatting).", "A stratum "
                    + "with a single respondent contributes to the standard error by that respondent's deviation "
                    + "from the overall mean (a cautious estimate).");
            case REMOVE -> l.t("Een stratum met één respondent draagt niet bij aan de standaardfout.",
                    "A stratum with a single respondent does not contribute to the standard error.");
            case FAIL -> l.t("Elk stratum heeft ten minste twee respondenten.",
                    "Every stratum has at least two respondents.");
        };
    }

    /** The collapsed strata: which strata were merged into which, one group per line. */
    String collapsed(Reweighting reweighting) {
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> group : reweighting.collapsedGroups().entrySet()) {
            groups.add(String.join(" + ", group.getValue().stream().map(this::stratum).toList()));
        }
        return l.t("Samengevoegd (te weinig respondenten, of zo voorgeschreven) en samen gewogen: ",
                "Merged (too few respondents, or as prescribed) and weighted together: ") + String.join("; ", groups)
                + ".";
    }

    /** The trimming: how many weights were capped, the cap and the weight moved. */
    String trimmed(Reweighting reweighting) {
        int strata = reweighting.cappedStrata().size();
        return l.t(l.count(reweighting.cappedWeights()) + " weegfactoren (van " + strata
                + (strata == 1 ? " stratum" : " strata") + ") zijn afgetopt op " + l.decimal(reweighting.cap()) + "; het afgetopte gewicht ("
                + l.decimal(reweighting.weightMoved()) + ") is over de andere respondenten verdeeld, zodat de "
                + "populatietotalen blijven kloppen.", l.count(reweighting.cappedWeights()) + " weights (of "
                + strata + (strata == 1 ? " stratum" : " strata") + ") were capped at " + l.decimal(reweighting.cap())
                + "; the weight cut (" + l.decimal(reweighting.weightMoved()) + ") was spread over the other "
                + "respondents, so that the population totals still hold.");
    }

    /** A stratum in words: "Horeca, 100 of meer werknemers". */
    String stratum(List<String> key) {
        return stratum(key, "");
    }

    /** A stratum in words without the value of {@code known}, the column a group already names. */
    String stratum(List<String> key, String known) {
        List<String> parts = new ArrayList<>();
        List<String> columns = spec.strataColumns();
        for (int i = 0; i < key.size() && i < columns.size(); i++) {
            if (!columns.get(i).equals(known)) {
                parts.add(Breakdown.label(spec, l, columns.get(i), key.get(i)));
            }
        }
        return parts.isEmpty() ? String.join(", ", key) : String.join(", ", parts);
    }

    /** The survey population in words, from the smallest size class. */
    String population() {
        long min = spec.strata().stream().filter(r -> r.sizes() != null)
                .mapToLong(r -> r.sizes().classes().get(0).min()).findFirst().orElse(1);
        return l.t("Vestigingen van werkgevers in Nederland met ten minste " + min + " werknemers, naar "
                + "sectorcluster en grootteklasse (aantallen uit het populatiebestand).", "Establishments of "
                + "employers in the Netherlands with at least " + min + " employees, by sector cluster and size "
                + "class (counts from the population file).");
    }

    /** The classification of the sector clusters, or null when the strata have none. */
    SectorClassification sectors() {
        return spec.strata().stream().map(StratumRule::sectors).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** Which SBI codes are outside the population, in words. */
    String excluded(SectorClassification sectors) {
        List<String> codes = sectors.excluded();
        List<String> words = new ArrayList<>();
        for (String code : codes) {
            words.add(switch (code) {
                case "78" -> l.t("uitzendbureaus en arbeidsbemiddeling (SBI-afdeling 78)",
                        "employment agencies (SBI division 78)");
                case "T" -> l.t("huishoudens als werkgever (sectie T)", "households as employers (section T)");
                case "U" -> l.t("extraterritoriale organisaties (sectie U)",
                        "extraterritorial organisations (section U)");
                default -> "SBI " + code;
            });
        }
        String all = String.join(", ", words) + ".";
        return Character.toUpperCase(all.charAt(0)) + all.substring(1);
    }

    /** A cluster's SBI 2008 definition, e.g. "45, 47" (letters are sections, digits divisions and below). */
    String definition(SectorClassification sectors, SectorCluster cluster) {
        return String.join(", ", sectors.definitions().getOrDefault(cluster.code(), List.of()));
    }
}
