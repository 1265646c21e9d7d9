package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityRules;
import nl.weegschaal.result.BreakdownRow;
import nl.weegschaal.result.CatalogReadException;
import nl.weegschaal.result.CatalogReader;
import nl.weegschaal.result.CatalogWave;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.ChangeRow;
import nl.weegschaal.result.CodebookRow;
import nl.weegschaal.result.PublishedCell;

/**
 * What the trend workbook shows, read from the wave catalog alone: the chosen waves in order, the
 * categorical questions and breakdowns (as the newest chosen wave defines them, with what only older
 * waves have after them), each wave's published cells, and the changes between each wave and the one
 * before it in the chosen order.
 *
 * @param waves      the chosen waves, in the order shown
 * @param cells      per wave (by name), its proportion cells
 * @param changes    per wave after the first (index 1..), the change of each cell from the wave before it;
 *                   a pair that the catalog holds the other way round is turned around, a pair it does not
 *                   hold (not consecutive in the catalog) has none
 * @param comparisons per wave after the first, the comparison's case in words with the establishments in
 *                   both samples (for the total), or null when the catalog holds no changes for the pair
 * @param minRespondents per wave, the smallest domain it publishes (see {@link #minRespondents})
 * @param intervals  per wave, the interval it publishes
 * @param numeric    the numeric questions left out, by variable
 */
record TrendData(List<CatalogWave> waves, List<TrendQuestion> questions, Map<String, String> bases,
                 List<Breakdown> breakdowns, Map<String, Map<CellKey, PublishedCell>> cells,
                 List<Map<CellKey, ChangeRow>> changes, List<Comparison> comparisons,
                 Map<String, Integer> minRespondents, Map<String, IntervalMethod> intervals, List<String> numeric) {

    /** How a pair of waves was compared: the case ({@code changes.comparison}) and n in both for the total. */
    record Comparison(String from, String to, String kind, Long nBoth, boolean inCatalog) {
    }

    /** The reason {@code ReliabilityClassifier} gives a cell of a domain below the minimum. */
    private static final Pattern TOO_FEW = Pattern.compile("fewer than (\\d+) respondents");

    /**
     * Reads the chosen waves from the catalog.
     *
     * @param chosen the waves to show, in that order; empty for all, in catalog order
     * @throws CatalogReadException for an empty catalog or a wave it does not have, naming those it has
     */
    static TrendData read(CatalogReader catalog, List<String> chosen, Labels labels) {
        List<CatalogWave> waves = choose(catalog, chosen);
        Map<String, Map<CellKey, PublishedCell>> cells = new LinkedHashMap<>();
        Map<String, Integer> min = new LinkedHashMap<>();
        Map<String, IntervalMethod> intervals = new LinkedHashMap<>();
        Map<String, List<CodebookRow>> codebook = new LinkedHashMap<>();
        Map<String, BreakdownRow> breakdownRows = new LinkedHashMap<>();
        for (int w = waves.size() - 1; w >= 0; w--) {
            CatalogWave wave = waves.get(w);
            cells.put(wave.wave(), catalog.cells(wave));
            min.put(wave.wave(), minRespondents(cells.get(wave.wave())));
            intervals.put(wave.wave(), catalog.intervalMethod(wave));
            addCodebook(codebook, catalog.codebook(wave));
            for (BreakdownRow row : catalog.breakdowns(wave)) {
                breakdownRows.putIfAbsent(row.breakdown() + '\u0000' + row.domainValue(), row);
            }
        }
        List<TrendQuestion> questions = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        Map<String, String> bases = new LinkedHashMap<>();
        for (List<CodebookRow> rows : codebook.values()) {
            TrendQuestion question = TrendQuestion.of(rows, labels);
            if (question == null) {
                numeric.add(rows.get(0).variable());
            } else {
                questions.add(question);
                bases.put(question.variable(), base(question, codebook, labels));
            }
        }
        List<Map<CellKey, ChangeRow>> changes = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        changes.add(Map.of());
        for (int w = 1; w < waves.size(); w++) {
            Map<CellKey, ChangeRow> pair = pair(catalog, waves.get(w - 1).wave(), waves.get(w).wave());
            changes.add(pair);
            comparisons.add(comparison(waves.get(w - 1).wave(), waves.get(w).wave(), pair));
        }
        return new TrendData(List.copyOf(waves), questions, bases, breakdowns(breakdownRows, labels), cells, changes,
                comparisons, min, intervals, numeric);
    }

    private static List<CatalogWave> choose(CatalogReader catalog, List<String> chosen) {
        List<CatalogWave> all = catalog.waves();
        if (all.isEmpty()) {
            throw new CatalogReadException("the wave catalog " + catalog.file() + " holds no waves; a wave is "
                    + "registered in it when its run completes (run SPEC)");
        }
        if (chosen.isEmpty()) {
            return all;
        }
        Map<String, CatalogWave> byName = new LinkedHashMap<>();
        all.forEach(w -> byName.put(w.wave(), w));
        List<CatalogWave> waves = new ArrayList<>();
        for (String name : chosen) {
            CatalogWave wave = byName.get(name.strip());
            if (wave == null) {
                throw new CatalogReadException("--waves: the catalog " + catalog.file() + " has no wave '" + name.strip()
                        + "'; it has " + String.join(", ", byName.keySet()));
            }
            if (waves.contains(wave)) {
                throw new CatalogReadException("--waves: the wave '" + wave.wave() + "' is named twice");
            }
            waves.add(wave);
        }
        return waves;
    }

    /** Keeps the first (newest) wave's rows of a variable; a variable only older waves have goes after them. */
    private static void addCodebook(Map<String, List<CodebookRow>> codebook, List<CodebookRow> rows) {
        Map<String, List<CodebookRow>> byVariable = new LinkedHashMap<>();
        for (CodebookRow row : rows) {
            byVariable.computeIfAbsent(row.variable(), v -> new ArrayList<>()).add(row);
        }
        byVariable.forEach(codebook::putIfAbsent);
    }

    /**
     * The smallest domain a wave publishes: the number in the reason its result gives a cell of a domain
     * with too few respondents (the result does not record the spec's {@code publication} keys). A wave
     * whose result gives that reason to no cell has no domain below its minimum, so no row is hidden for
     * it: 0.
     */
    static int minRespondents(Map<CellKey, PublishedCell> cells) {
        for (PublishedCell cell : cells.values()) {
            Matcher matcher = cell.reason() == null ? null : TOO_FEW.matcher(cell.reason());
            if (matcher != null && matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return 0;
    }

    /** The minimum the notes name: the first wave's that is known, else the default rule's. */
    int notedMinRespondents() {
        return minRespondents.values().stream().filter(m -> m > 0).findFirst()
                .orElse((int) ReliabilityRules.DEFAULT.minRespondents());
    }

    /**
     * The rules the notes describe: the default thresholds with the minimum the waves show (a result does
     * not record its spec's {@code publication} keys; each cell's status is the result's own).
     */
    ReliabilityRules rules() {
        ReliabilityRules d = ReliabilityRules.DEFAULT;
        return new ReliabilityRules(d.minEffectiveN(), d.suppressWidthPoints(), d.indicativeWidthPoints(),
                d.indicativeRelativeWidth(), d.minDf(), notedMinRespondents());
    }

    /** The interval the newest wave publishes (the waves' own when they differ are named on the notes sheet). */
    IntervalMethod interval() {
        return intervals.get(waves.get(waves.size() - 1).wave());
    }

    /** The surveys of the waves, each once, in wave order; a wave without one by its name. */
    List<String> surveys() {
        return waves.stream().map(w -> w.survey() == null ? w.wave() : w.survey()).distinct().toList();
    }

    private static Map<CellKey, ChangeRow> pair(CatalogReader catalog, String from, String to) {
        Map<CellKey, ChangeRow> pair = new LinkedHashMap<>();
        for (ChangeRow row : catalog.changes(from, to)) {
            pair.put(row.cell(), row);
        }
        if (pair.isEmpty()) {
            for (ChangeRow row : catalog.changes(to, from)) {
                // the same test the other way round: the difference changes sign, its significance does not
                pair.put(row.cell(), new ChangeRow(from, to, row.cell(), row.difference() == null ? null
                        : -row.difference(), row.significant(), row.nBoth(), row.comparison(), row.note()));
            }
        }
        return pair;
    }

    private static Comparison comparison(String from, String to, Map<CellKey, ChangeRow> pair) {
        ChangeRow total = pair.values().stream().filter(r -> r.cell().domainVar().equals("total")
                && r.comparison() != null).findFirst().orElse(null);
        Long nBoth = pair.values().stream().filter(r -> r.cell().domainVar().equals("total") && r.nBoth() != null)
                .map(ChangeRow::nBoth).max(Long::compare).orElse(null);
        return new Comparison(from, to, total == null ? null : total.comparison(), nBoth, !pair.isEmpty());
    }

    private static List<Breakdown> breakdowns(Map<String, BreakdownRow> rows, Labels labels) {
        Map<String, List<BreakdownRow>> byBreakdown = new LinkedHashMap<>();
        rows.values().stream().filter(r -> !r.breakdown().equals("total"))
                .sorted(java.util.Comparator.comparingInt(BreakdownRow::breakdownOrder)
                        .thenComparingInt(BreakdownRow::domainOrder))
                .forEach(r -> byBreakdown.computeIfAbsent(r.breakdown(), b -> new ArrayList<>()).add(r));
        List<Breakdown> breakdowns = new ArrayList<>();
        byBreakdown.forEach((column, values) -> breakdowns.add(new Breakdown(column, values.stream()
                .map(r -> new Breakdown.Head(r.domainValue(), labels.t(r.domainNl(), r.domainEn()))).toList())));
        return breakdowns;
    }

    /** The base line as the wave workbook words it, from the codebook's {@code asked_of} ({@code var = a or b}). */
    private static String base(TrendQuestion question, Map<String, List<CodebookRow>> codebook, Labels labels) {
        String askedOf = question.askedOf();
        if (askedOf == null || askedOf.equals("all") || !askedOf.contains(" = ")) {
            return labels.everyone();
        }
        String filter = askedOf.substring(0, askedOf.indexOf(" = "));
        List<String> codes = List.of(askedOf.substring(askedOf.indexOf(" = ") + 3).split(" or "));
        List<CodebookRow> asked = codebook.get(filter);
        if (asked == null || asked.isEmpty()) {
            return labels.filtered(codes, filter);
        }
        List<String> answers = new ArrayList<>();
        for (String code : codes) {
            answers.add(asked.stream().filter(r -> code.equals(r.level())).map(r -> labels.t(r.labelNl(), r.labelEn()))
                    .findFirst().orElse(code));
        }
        return labels.filtered(answers, labels.t(asked.get(0).question(), asked.get(0).questionEn()));
    }
}
