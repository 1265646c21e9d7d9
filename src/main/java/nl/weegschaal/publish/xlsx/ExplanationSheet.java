package nl.weegschaal.publish.xlsx;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.ReliabilityRules;
import nl.weegschaal.result.StratumRow;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SectorCluster;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The {@code Toelichting} ({@code Notes}) sheet: the survey, the run, the weighting and how to read the tables. */
final class ExplanationSheet {
    private static final int LABEL_WIDTH = 48;
    private static final int TEXT_WIDTH = 90;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Labels labels;
    private int row;

    private ExplanationSheet(XSSFSheet sheet, Styles styles, Labels labels) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
    }

    static void write(XSSFWorkbook workbook, Styles styles, WaveSpec spec, ResultData data, Labels labels,
                      List<QuestionTable> tables, List<NumericTable> numeric, Reweighting reweighting) {
        ExplanationSheet notes = new ExplanationSheet(workbook.createSheet(labels.notesSheet()), styles, labels);
        notes.content(spec, data, tables, numeric, reweighting);
        Sheets.width(notes.sheet, 0, LABEL_WIDTH);
        Sheets.width(notes.sheet, 1, TEXT_WIDTH);
        Sheets.page(notes.sheet, notes.row, 1, 0);
    }

    private void content(WaveSpec spec, ResultData data, List<QuestionTable> tables, List<NumericTable> numeric,
                         Reweighting reweighting) {
        Labels l = labels;
        MethodsText methods = new MethodsText(spec, l);
        Sheets.text(sheet, row, 0, l.t("Toelichting", "Notes") + ": " + spec.survey(), styles.title);
        row += 2;
        section(l.t("Onderzoek", "Survey"));
        text(l.t("Onderzoek", "Survey"), spec.survey());
        text(l.t("Veldwerkperiode", "Fieldwork"), l.date(spec.fieldworkFrom()) + l.t(" tot en met ", " to ")
                + l.date(spec.fieldworkTo()));
        long respondents = data.modes().values().stream().mapToLong(Long::longValue).sum();
        if (spec.approached() != null) {
            count(l.t("Benaderde vestigingen", "Establishments approached"), spec.approached());
        }
        count(l.t("Respondenten", "Respondents"), respondents);
        for (Map.Entry<String, Long> mode : data.modes().entrySet()) {
            count("  " + mode(mode.getKey()), mode.getValue());
        }
        if (spec.approached() != null) {
            text(l.t("Respons", "Response rate"), l.share((double) respondents / spec.approached())
                    + l.t(" (respondenten / benaderde vestigingen)", " (respondents / establishments approached)"));
        }
        Object rejected = data.run().get("n_rejected");
        if (rejected instanceof Number n) {
            count(l.t("Afgekeurde records", "Rejected records"), n.longValue());
        }
        row++;
        population(methods, data);
        row++;
        section(l.t("Weging", "Weighting"));
        text(l.t("Methode", "Method"), methods.method());
        text(l.t("Eén respondent in een stratum", "One respondent in a stratum"), methods.lonely());
        long design = data.strata().stream().filter(s -> !s.dropped()).count();
        count(l.t("Strata", "Strata"), design - reweighting.collapsedGroups().values().stream()
                .mapToLong(g -> g.size() - 1).sum());
        long dropped = data.strata().stream().filter(StratumRow::dropped).count();
        if (dropped > 0) {
            count(l.t("Strata zonder respondenten", "Strata without respondents"), dropped);
        }
        text(l.t("Samengevoegde strata", "Collapsed strata"), reweighting.collapsed() ? methods.collapsed(reweighting)
                : l.t("geen", "none"));
        text(l.t("Afgetopte weegfactoren", "Capped weights"), reweighting.trimmed() ? methods.trimmed(reweighting)
                : l.t("geen", "none"));
        text(l.t("Per stratum", "Per stratum"), l.t("zie het blad ", "see the sheet ") + l.weightingSheet());
        row++;
        section(l.t("Verwerking", "Processing"));
        text(l.t("Run", "Run"), String.valueOf(data.run().getOrDefault("run_id", "-")));
        Object finishedAt = data.run().get("finished_at");
        if (finishedAt instanceof java.sql.Timestamp timestamp) {
            finishedAt = timestamp.toLocalDateTime();
        }
        if (finishedAt instanceof LocalDateTime finished) {
            text(l.t("Datum", "Date"), l.date(finished.toLocalDate()) + " "
                    + finished.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        text(l.t("Versie", "Version"), "weegschaal " + l.version(String.valueOf(
                data.run().getOrDefault("product_version", "-"))));
        row++;
        WaveSpec.Publication rules = spec.publication();
        section(l.t("Lezen van de tabellen", "Reading the tables"));
        text(l.t("Percentages", "Percentages"), l.t("Gewogen percentages van vestigingen (werkgevers), zodat de "
                + "uitkomsten de populatie van vestigingen in Nederland vertegenwoordigen.", "Weighted percentages "
                + "of establishments (employers), so that the results represent the population of establishments "
                + "in the Netherlands."));
        text(l.t("Interval", "Interval"), l.t("Het 95%-betrouwbaarheidsinterval (" + l.intervalName(rules.interval())
                + ", met de standaardfout die rekening houdt met de steekproefopzet), ondergrens–bovengrens in "
                + "procenten. Met 95% betrouwbaarheid ligt het werkelijke percentage daartussen; het interval ligt "
                + "altijd binnen 0 en 100 en hoeft niet symmetrisch te zijn. Voorbeeld: 14,0 met interval 12,1–16,1.",
                "The 95% confidence interval (" + l.intervalName(rules.interval()) + ", with the standard error that "
                + "takes the sampling design into account), lower–upper in percent. With 95% confidence the true "
                + "percentage lies between them; the interval always lies within 0 and 100 and need not be "
                + "symmetric. Example: 14.0 with interval 12.1–16.1."));
        text("n", l.t("Aantal respondenten in de groep dat de vraag beantwoordde (ongewogen); wie de vraag niet "
                + "kreeg of geen antwoord gaf, telt niet mee.", "Number of respondents in the group who answered the "
                + "question (unweighted); those not asked or who gave no answer are not counted."));
        ReliabilityRules r = rules.reliability();
        text(l.t("Publicatieregels", "Publication rules"), l.t("Naar de NCHS-standaard voor proporties (Parker e.a., "
                + "2017). Een groep met minder dan " + rules.minRespondents() + " respondenten wordt niet gepubliceerd. "
                + "Een cijfer met een effectieve steekproefomvang onder " + l.number(r.minEffectiveN()) + " of een "
                + "interval van " + l.number(r.suppressWidthPoints()) + " procentpunten of breder wordt niet "
                + "gepubliceerd (x). Een cijfer met een interval breder dan " + l.number(r.indicativeWidthPoints())
                + " procentpunten en breder dan " + l.number(100 * r.indicativeRelativeWidth()) + "% van het "
                + "percentage, of met minder dan " + r.minDf() + " vrijheidsgraden, is indicatief.",
                "After the NCHS standards for proportions (Parker et al., 2017). A group with fewer than "
                + rules.minRespondents() + " respondents is not published. A figure with an effective sample size "
                + "below " + l.number(r.minEffectiveN()) + " or an interval " + l.number(r.suppressWidthPoints())
                + " percentage points wide or wider is not published (x). A figure with an interval wider than "
                + l.number(r.indicativeWidthPoints()) + " percentage points and wider than "
                + l.number(100 * r.indicativeRelativeWidth()) + "% of the percentage, or with fewer than " + r.minDf()
                + " degrees of freedom, is indicative."));
        text(CellMarks.HIDDEN, l.hiddenNote(rules.minRespondents()) + l.t(" Zo kan een verborgen cijfer niet "
                + "worden teruggerekend uit het totaal, de andere groepen en de populatie per stratum.",
                " So a hidden figure cannot be recomputed from the total, the other groups and the population per "
                + "stratum.") + " " + l.suppressedNote(rules.reliability()));
        text(l.t("cursief", "italic"), l.indicativeNote(rules.reliability()));
        text(l.t("0,0", "0.0"), l.t("Niemand in de groep (of afgerond minder dan 0,05%); een echte nul.",
                "Nobody in the group (or less than 0.05% rounded); a real zero."));
        row++;
        section(l.t("Tabellen", "Tables"));
        for (QuestionTable table : tables) {
            text(table.sheet(), table.title());
        }
        for (NumericTable table : numeric) {
            text(table.sheet(), table.title());
        }
        row++;
        Sheets.text(sheet, row, 0, l.source(spec.sourceLine()), styles.text);
    }

    /** The survey population, what is outside it and the SBI definition of each sector cluster. */
    private void population(MethodsText methods, ResultData data) {
        Labels l = labels;
        section(l.t("Populatie", "Population"));
        text(l.t("Omschrijving", "Definition"), methods.population());
        count(l.t("Vestigingen in de populatie", "Establishments in the population"),
                Math.round(data.strata().stream().mapToDouble(s -> s.population() == null ? 0 : s.population()).sum()));
        SectorClassification sectors = methods.sectors();
        if (sectors != null) {
            text(l.t("Buiten de populatie", "Outside the population"), methods.excluded(sectors));
            text(l.t("Sectorclusters", "Sector clusters"), l.t("Indeling naar SBI 2008: letters zijn secties, "
                    + "cijfers afdelingen (2), groepen (3) en subklassen (5).", "By SBI 2008: letters are sections, "
                    + "digits divisions (2), groups (3) and subclasses (5)."));
            for (SectorCluster cluster : sectors.clusters()) {
                text("  " + labels.sector(cluster), methods.definition(sectors, cluster));
            }
        }
    }

    private String mode(String mode) {
        return switch (mode) {
            case "CATI" -> labels.t("telefonisch (CATI)", "by telephone (CATI)");
            case "CAWI" -> labels.t("online (CAWI)", "online (CAWI)");
            default -> mode;
        };
    }

    private void section(String title) {
        Sheets.text(sheet, row++, 0, title, styles.title);
    }

    private void text(String label, String value) {
        Sheets.text(sheet, row, 0, label, styles.bold);
        Sheets.text(sheet, row, 1, value, styles.wrapped);
        Sheets.row(sheet, row).setHeightInPoints(13.5f * Wrap.lines(value, TEXT_WIDTH - 4) + 1);
        row++;
    }

    private void count(String label, long value) {
        Sheets.text(sheet, row, 0, label, styles.bold);
        Sheets.number(sheet, row++, 1, value, styles.countLeft);
    }
}
