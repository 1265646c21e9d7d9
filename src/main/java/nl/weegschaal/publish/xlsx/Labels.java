package nl.weegschaal.publish.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityRules;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.SheetNames;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.strata.SizeClass;
import org.jspecify.annotations.Nullable;

/** The workbook's texts in Dutch (the default) or English; labels from the codebook in the same language. */
final class Labels {
    private final boolean en;
    private final Locale locale;

    private Labels(boolean en) {
        this.en = en;
        this.locale = en ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }

    /** @param language {@code nl} or {@code en} (case-insensitive) */
    static Labels of(String language) {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> new Labels(false);
            case "en" -> new Labels(true);
            default -> throw new IllegalArgumentException("unknown workbook language '" + language
                    + "'; expected nl or en");
        };
    }

    /** The Dutch or English text. */
    String t(String nl, String english) {
        return en ? english : nl;
    }

    boolean english() {
        return en;
    }

    String notesSheet() {
        return fixedSheet(0);
    }

    String weightingSheet() {
        return fixedSheet(1);
    }

    String weightsSheet() {
        return fixedSheet(2);
    }

    String chartsSheet() {
        return fixedSheet(3);
    }

    /** The workbook's own sheets are named where the spec checks that no question's sheet takes their name. */
    private String fixedSheet(int index) {
        return t(SheetNames.FIXED_NL.get(index), SheetNames.FIXED_EN.get(index));
    }

    String kishNote() {
        return t("Design-effect door weging (Kish) = 1 + CV², met CV de variatiecoëfficiënt van de weegfactoren "
                + "(standaardafwijking gedeeld door het gemiddelde, variantie met noemer n) = n × Σw² / (Σw)². Het is de "
                + "factor waarmee ongelijke weegfactoren alleen de variantie van een gemiddelde of percentage vergroten; "
                + "het effect van de stratificatie zit er niet in (dat wel in het design-effect per schatting).",
                "Design effect due to weighting (Kish) = 1 + CV², with CV the coefficient of variation of the "
                + "weights (standard deviation divided by the mean, variance with denominator n) = n × Σw² / (Σw)². "
                + "It is the factor by which unequal weights alone inflate the variance of a mean or percentage; "
                + "the effect of the stratification is not in it (it is in each estimate's design effect).");
    }

    String effectiveNNote() {
        return t("Effectieve steekproefomvang = n / design-effect = (Σw)² / Σw²: het aantal respondenten met gelijke "
                + "weegfactoren dat even nauwkeurige schattingen zou geven. Mediaan: over de respondenten. Grootste "
                + "weegfactoren: de strata met de hoogste weegfactor in de groep (w = weegfactor, n = respondenten "
                + "in de groep).",
                "Effective sample size = n / design effect = (Σw)² / Σw²: the number of equally weighted respondents "
                + "that would give equally precise estimates. Median: over the respondents. Largest weights: the "
                + "strata with the highest weight in the group (w = weight, n = respondents in the group).");
    }

    String sheet(Question q) {
        return en ? q.sheetEn() : q.sheet();
    }

    String question(Question q) {
        return en ? q.textEn() : q.text();
    }

    String level(Level level) {
        return en ? level.en() : level.nl();
    }

    String level(DerivedLevel level) {
        return en ? level.en() : level.nl();
    }

    String sector(SectorCluster cluster) {
        return en ? cluster.nameEn() : cluster.nameNl();
    }

    String sizeClass(SizeClass size) {
        Long max = size.max();
        String range = max == null ? size.min() + t(" of meer", " or more") : size.min() + "-" + max;
        return range + t(" werknemers", " employees");
    }

    /** The heading of a breakdown (a strata column) in the tables: Grootteklasse, Sector. */
    String breakdown(String column) {
        return switch (column) {
            case "sector_cluster" -> t("Sector", "Sector");
            case "size_class" -> t("Grootteklasse", "Size class");
            default -> column;
        };
    }

    String total() {
        return t("Totaal", "Total");
    }

    String everyone() {
        return t("Basis: alle werkgevers", "Base: all employers");
    }

    String filtered(java.util.List<String> answers, String question) {
        String answer = "'" + String.join(t("' of '", "' or '"), answers) + "'";
        return t("Basis: werkgevers die " + answer + " antwoordden op de vraag: " + question,
                "Base: employers who answered " + answer + " to the question: " + question);
    }

    String unit(boolean multiple) {
        String extra = multiple ? t(" Meer antwoorden mogelijk: de percentages tellen niet op tot 100.",
                " More than one answer possible: the percentages do not add up to 100.") : "";
        return t("Gewogen percentages van vestigingen; interval = 95%-betrouwbaarheidsinterval (ondergrens–bovengrens), "
                + "in procenten.", "Weighted percentages of establishments; interval = 95% confidence interval "
                + "(lower–upper), in percent.") + extra;
    }

    String percent() {
        return "%";
    }

    String interval() {
        return t("interval", "interval");
    }

    String respondents() {
        return "n";
    }

    String hiddenNote(int min) {
        return t(CellMarks.HIDDEN + " = niet publiceerbaar: minder dan " + min + " respondenten in deze groep, of "
                + "verborgen om herleiding te voorkomen (een tweede groep met het kleinste aantal respondenten wordt "
                + "ook verborgen als er anders maar één groep per indeling verborgen zou zijn).",
                CellMarks.HIDDEN + " = not publishable: fewer than " + min + " respondents in this group, or hidden "
                + "to prevent recomputation (a second group, the one with the fewest respondents, is also hidden "
                + "where otherwise only one group of a breakdown would be hidden).");
    }

    String indicativeNote(ReliabilityRules rules) {
        String width = number(rules.indicativeWidthPoints());
        String relative = number(100 * rules.indicativeRelativeWidth());
        return t("Cursief en grijs: indicatief, het interval is breder dan " + width + " procentpunten en breder dan "
                + relative + "% van het percentage, of de standaardfout berust op minder dan " + rules.minDf()
                + " vrijheidsgraden.", "Italic and grey: indicative, the interval is wider than " + width
                + " percentage points and wider than " + relative + "% of the percentage, or the standard error "
                + "rests on fewer than " + rules.minDf() + " degrees of freedom.");
    }

    String suppressedNote(ReliabilityRules rules) {
        return t(CellMarks.HIDDEN + " in een getoonde rij = niet publiceerbaar: de effectieve steekproefomvang is "
                + "kleiner dan " + number(rules.minEffectiveN()) + " of het interval is " + number(rules.suppressWidthPoints())
                + " procentpunten of breder.", CellMarks.HIDDEN + " in a shown row = not publishable: the effective "
                + "sample size is below " + number(rules.minEffectiveN()) + " or the interval is "
                + number(rules.suppressWidthPoints()) + " percentage points wide or wider.");
    }

    String marginNote(IntervalMethod method) {
        return t("Lezen: met 95% betrouwbaarheid ligt het werkelijke percentage in het interval (ondergrens–"
                + "bovengrens, " + intervalName(method) + "), dat niet symmetrisch hoeft te zijn en binnen 0 en 100 "
                + "ligt. n = aantal respondenten.", "Reading: with 95% confidence the true percentage lies in the "
                + "interval (lower–upper, " + intervalName(method) + "), which need not be symmetric and lies "
                + "within 0 and 100. n = number of respondents.");
    }

    /** The published interval's name in words. */
    String intervalName(IntervalMethod method) {
        return switch (method) {
            case KORN_GRAUBARD -> "Korn-Graubard";
            case LOGIT -> "logit";
            case WALD -> t("Wald, afgekapt op 0 en 100", "Wald, cut off at 0 and 100");
        };
    }

    /** The spec's source line; in English a leading {@code Bron:} becomes {@code Source:}. */
    String source(String sourceLine) {
        return en && sourceLine.startsWith("Bron:") ? "Source:" + sourceLine.substring(5) : sourceLine;
    }

    String date(@Nullable LocalDate date) {
        return date == null ? "-" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    String number(double value) {
        return String.format(locale, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }

    /** A number with one decimal and the language's decimal sign and grouping: 720,5 in Dutch. */
    String decimal(@Nullable Double value) {
        return value == null ? "-" : String.format(locale, "%,.1f", value);
    }

    /** A share as a percentage with one decimal: 13,1%. */
    String share(double fraction) {
        return String.format(locale, "%.1f%%", 100 * fraction);
    }

    /**
     * The product version as published: a development build's {@code -SNAPSHOT} (the Maven project
     * version, filtered into {@code weegschaal.version}) becomes words; a release build has none.
     */
    String version(String version) {
        String suffix = "-SNAPSHOT";
        return version.endsWith(suffix) ? version.substring(0, version.length() - suffix.length())
                + t(" (ontwikkelversie)", " (development build)") : version;
    }

    String count(long value) {
        return String.format(locale, "%,d", value);
    }
}
