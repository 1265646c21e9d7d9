package nl.weegschaal.publish.xlsx;

import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.result.CatalogWave;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The trend workbook's first sheet ({@code Toelichting}, {@code Notes}): the waves with their fieldwork
 * and respondents, the source, how each pair of waves was compared, what the marks mean and the
 * publication rules, in the wave workbook's words.
 */
final class TrendNotesSheet {
    private static final int LABEL_WIDTH = 36;
    private static final int TEXT_WIDTH = 100;

    private final XSSFSheet sheet;
    private final Styles styles;
    private int row;

    private TrendNotesSheet(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(XSSFWorkbook workbook, Styles styles, TrendData data, Labels labels, TrendLabels trend) {
        TrendNotesSheet notes = new TrendNotesSheet(workbook.createSheet(labels.notesSheet()), styles);
        Sheets.width(notes.sheet, 0, LABEL_WIDTH);
        Sheets.width(notes.sheet, 1, TEXT_WIDTH);
        notes.content(data, labels, trend);
        Sheets.page(notes.sheet, notes.row, 1, 0);
    }

    private void content(TrendData data, Labels l, TrendLabels trend) {
        Sheets.text(sheet, row, 0, trend.title(data.surveys()), styles.title);
        row += 2;
        section(l.t("Metingen", "Waves"));
        for (CatalogWave wave : data.waves()) {
            String respondents = wave.respondents() == null ? "" : "; " + l.count(wave.respondents())
                    + l.t(" respondenten", " respondents");
            IntervalMethod interval = data.intervals().get(wave.wave());
            String own = interval == data.interval() ? "" : "; " + l.t("interval: ", "interval: ") + l.intervalName(interval);
            text(wave.wave(), (wave.survey() == null ? "" : wave.survey() + "; ") + l.t("veldwerk ", "fieldwork ")
                    + trend.fieldwork(wave) + respondents + own);
        }
        text(l.t("Bron", "Source"), trend.source(data.surveys()));
        row++;
        section(l.t("Verschillen tussen metingen", "Changes between waves"));
        for (TrendData.Comparison pair : data.comparisons()) {
            text(pair.from() + " \u2192 " + pair.to(), trend.comparison(pair.kind(), pair.nBoth(), pair.inCatalog()));
        }
        text(l.t("Toets", "Test"), trend.test());
        text(l.t("Tekens", "Marks"), trend.markNote());
        text("", trend.hiddenChangeNote());
        row++;
        section(l.t("Publicatieregels", "Publication rules"));
        text("", l.hiddenNote(data.notedMinRespondents()));
        text("", l.suppressedNote(data.rules()));
        text("", l.indicativeNote(data.rules()));
        text("", l.marginNote(data.interval()));
        row++;
        section(l.t("Vragen", "Questions"));
        for (TrendQuestion question : data.questions()) {
            text(question.sheet(), question.text());
        }
        if (!data.numeric().isEmpty()) {
            text("", trend.numericLeftOut(data.numeric()));
        }
    }

    private void section(String title) {
        Sheets.text(sheet, row++, 0, title, styles.bold);
    }

    private void text(String label, String value) {
        Sheets.text(sheet, row, 0, label, styles.wrapped);
        Sheets.text(sheet, row, 1, value, styles.wrapped);
        int lines = Math.max(Wrap.lines(value, TEXT_WIDTH - 2), Wrap.lines(label, LABEL_WIDTH - 2));
        Sheets.row(sheet, row).setHeightInPoints(13.5f * lines + 1);
        row++;
    }
}
