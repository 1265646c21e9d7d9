package nl.weegschaal.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants bad records among the valid ones while the exports are written, and remembers where they
 * went. Every planted record is an extra record (ids after the last respondent's, except the
 * duplicate, which repeats a CATI id), placed before a random valid record of its file or at the end:
 * <ul>
 * <li>cati.csv: an unknown SBI code (8300, no such division), an SBI division 78 establishment
 * (7820), a missing employee count, and V602 = 7, a value outside the codebook;</li>
 * <li>cawi.xlsx: a non-numeric SBI code ("onbekend"), a missing employee count, the label
 * "Misschien" for "Banen erbij door AI", and an establishment already in cati.csv (same id, SBI,
 * employees and answers).</li>
 * </ul>
 * It draws from its own random stream, so the valid records do not depend on whether bad ones
 * are planted.
 */
final class BadRecords {
    static final String CATI = "cati.csv";
    static final String CAWI = "cawi.xlsx";

    /** Something that appends a record and returns its line or row number. */
    interface Sink {
        long write(ExportRow row) throws IOException;
    }

    /** A planted record waiting to be written before valid record number {@code position}. */
    private record Pending(int position, ExportRow row, String problem) {
    }

    private final SplittableRandom random;
    private final int cawiTotal;
    private final List<Pending> cati = new ArrayList<>();
    private final List<Pending> cawi = new ArrayList<>();
    private final List<PlantedRecord> planted = new ArrayList<>();
    /** Index among the valid CATI records of the one repeated in cawi.xlsx, or -1. */
    private final int duplicateOf;
    private int catiValid;
    private int cawiValid;

    private BadRecords(SplittableRandom random, int catiTotal, int cawiTotal, boolean plant) {
        this.random = random;
        this.cawiTotal = cawiTotal;
        this.duplicateOf = plant && catiTotal > 0 ? random.nextInt(catiTotal) : -1;
    }

    /** Plans the bad records of a wave with the given valid counts; ids start at firstId. */
    static BadRecords plan(SplittableRandom random, int catiTotal, int cawiTotal, int firstId) {
        BadRecords bad = new BadRecords(random, catiTotal, cawiTotal, true);
        int id = firstId;
        ExportRow row = bad.extra(id++, catiTotal, bad.cati, "unknown SBI code 8300 (SBI 2008 has no division 83)");
        row.sbi = "8300";
        row = bad.extra(id++, catiTotal, bad.cati, "SBI 7820 is division 78 (employment agencies), out of scope");
        row.sbi = "7820";
        row = bad.extra(id++, catiTotal, bad.cati, "employee count (WERKZAME_PERSONEN) missing");
        row.employees = ExportRow.MISSING;
        row = bad.extra(id++, catiTotal, bad.cati, "V602 (banen_verdwijnen) = 7, not a value of the codebook");
        row.badAnswer = 1;
        row.badAnswerText = "7";
        ExportRow.notAsked(row.disappearing);
        row = bad.extra(id++, cawiTotal, bad.cawi, "SBI code 'onbekend' is not a number");
        row.sbi = "onbekend";
        row.sbiAsNumber = false;
        row = bad.extra(id++, cawiTotal, bad.cawi, "employee count (Aantal werkzame personen) missing");
        row.employees = ExportRow.MISSING;
        row = bad.extra(id, cawiTotal, bad.cawi, "Banen erbij door AI = 'Misschien', not a label of the codebook");
        row.badAnswer = 2;
        row.badAnswerText = "Misschien";
        return bad;
    }

    /** Plants nothing. */
    static BadRecords none(SplittableRandom random) {
        return new BadRecords(random, 0, 0, false);
    }

    void beforeCati(Sink out) throws IOException {
        flush(cati, catiValid, CATI, out);
    }

    /** Called after valid CATI record written at {@code line}: it may be the one repeated in CAWI. */
    void afterCati(ExportRow written, long line) {
        if (catiValid++ == duplicateOf) {
            ExportRow copy = written.copy();
            copy.sbiAsNumber = random.nextBoolean() && SbiCodes.fitsNumberCell(copy.sbi);
            insert(cawi, new Pending(cawiValid + random.nextInt(cawiTotal - cawiValid + 1), copy,
                    "same establishment as line " + line + " of cati.csv (answered in both modes)"));
        }
    }

    void beforeCawi(Sink out) throws IOException {
        flush(cawi, cawiValid, CAWI, out);
    }

    void afterCawi() {
        cawiValid++;
    }

    /** Writes what is still pending (planted after the last valid record); returns all planted. */
    List<PlantedRecord> finish(Sink catiOut, Sink cawiOut) throws IOException {
        flush(cati, Integer.MAX_VALUE, CATI, catiOut);
        flush(cawi, Integer.MAX_VALUE, CAWI, cawiOut);
        planted.sort(Comparator.comparing(PlantedRecord::file).thenComparingLong(PlantedRecord::lineOrRow));
        return planted;
    }

    private ExportRow extra(int number, int validInFile, List<Pending> file, String problem) {
        ExportRow row = new ExportRow();
        Respondents.fill(row, Respondents.id(number), random.nextInt(SyntheticFrame.STRATA), random);
        insert(file, new Pending(random.nextInt(validInFile + 1), row, problem));
        return row;
    }

    /** Keeps the list ordered by position; equal positions keep their planting order. */
    private static void insert(List<Pending> file, Pending pending) {
        int i = file.size();
        while (i > 0 && file.get(i - 1).position() > pending.position()) {
            i--;
        }
        file.add(i, pending);
    }

    private void flush(List<Pending> file, int validWritten, String name, Sink out) throws IOException {
        while (!file.isEmpty() && file.get(0).position() <= validWritten) {
            Pending pending = file.remove(0);
            long line = out.write(pending.row());
            planted.add(new PlantedRecord(name, line, pending.row().id, pending.problem()));
        }
    }
}
