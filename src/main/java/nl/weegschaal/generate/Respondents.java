package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * Draws one export record of a respondent in a given stratum: an SBI code of the stratum's sector
 * cluster ({@link SbiCodes}), an employee count inside its size class, and the answers from
 * {@link AnswerModel}, with routing and item nonresponse applied as a questionnaire would.
 */
final class Respondents {
    /** Share of empty cells per single-choice question (item nonresponse). */
    static final double NONRESPONSE = 0.005;
    /** Share of the spreadsheet rows whose SBI code is a number cell (if the code allows it). */
    private static final double SBI_AS_NUMBER = 0.5;
    private static final AnswerModel MODEL = new AnswerModel();
    private static final int BANEN_VERDWIJNEN = 1;
    private static final int FUNCTIES_VERANDEREN_STERK = 6;

    private Respondents() {
    }

    /** Fills {@code row} with a respondent of stratum h of the 2024 model, drawing everything from {@code random}. */
    static void fill(ExportRow row, String id, int h, SplittableRandom random) {
        fill(row, id, h, random, MODEL);
    }

    /** Fills {@code row} with a respondent of stratum h answering as {@code model} says. */
    static void fill(ExportRow row, String id, int h, SplittableRandom random, AnswerModel model) {
        row.clearPlanted();
        row.id = id;
        row.stratum = h;
        row.sbi = SbiCodes.draw(SyntheticFrame.sectorOf(h), random);
        row.sbiAsNumber = random.nextDouble() < SBI_AS_NUMBER && SbiCodes.fitsNumberCell(row.sbi);
        row.employees = employees(SyntheticFrame.sizeClassOf(h), random);
        int aiUse = model.drawAiUse(h, random);
        record(row, 0, aiUse, random);
        for (int item = 0; item < AnswerModel.ITEMS.length; item++) {
            String answer = model.drawItem(h, item, aiUse, random);
            int index = switch (answer) {
                case "ja" -> ExportRow.JA;
                case "nee" -> 1;
                default -> 2;
            };
            record(row, 1 + item, index, random);
        }
        routedOptions(row, model, random);
    }

    /**
     * The options of the two multiple-response questions, each asked only after a recorded 'ja' (an
     * empty routing answer means the follow-up was not asked).
     */
    static void routedOptions(ExportRow row, AnswerModel model, SplittableRandom random) {
        options(row.changing, row.answers[FUNCTIES_VERANDEREN_STERK], AnswerModel.CHANGING, model, random);
        options(row.disappearing, row.answers[BANEN_VERDWIJNEN], AnswerModel.DISAPPEARING, model, random);
    }

    /** Records single-choice answer q as drawn, and as the export shows it (item nonresponse applied). */
    static void record(ExportRow row, int q, int answer, SplittableRandom random) {
        row.drawn[q] = answer;
        row.answers[q] = missingOr(answer, random);
    }

    /**
     * Draws the numeric answers from their own stream, so that every other draw of the wave is the same
     * with or without them: open vacancies (about half the establishments none, otherwise up to a tenth of
     * the employees) and jobs expected to disappear by AI (most none; otherwise up to a twentieth of the
     * employees; 8% weet niet). About 1% leave each empty.
     */
    static void numbers(ExportRow row, SplittableRandom random) {
        int employees = Math.max(row.employees, 2);
        int vacancies = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(Math.max(1, employees / 10));
        double u = random.nextDouble();
        int lost = u < 0.70 ? 0 : u < 0.92 ? 1 + random.nextInt(Math.max(1, employees / 20)) : ExportRow.DONT_KNOW;
        row.vacancies = random.nextDouble() < 0.01 ? ExportRow.MISSING : vacancies;
        row.jobsLost = random.nextDouble() < 0.01 ? ExportRow.MISSING : lost;
    }

    /**
     * An employee count inside size class c: 2-19 and 20-99 skewed to their lower end, 100+
     * log-uniform-like between 100 and 4,999.
     */
    static int employees(int sizeClass, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (sizeClass) {
            case 0 -> 2 + (int) (18 * u * u);
            case 1 -> 20 + (int) (80 * Math.pow(u, 1.6));
            default -> (int) (100 * Math.pow(50, Math.pow(u, 1.5)));
        };
    }

    /** {@code V} + at least 7 digits, e.g. {@code V0000001}. */
    static String id(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 7 ? "V" + digits : "V" + "0".repeat(7 - digits.length()) + digits;
    }

    private static void options(byte[] options, int routingAnswer, int question, AnswerModel model,
            SplittableRandom random) {
        if (routingAnswer == ExportRow.JA) {
            model.drawFunctions(question, random, options);
        } else {
            ExportRow.notAsked(options);
        }
    }

    /** Item nonresponse; the answer is drawn anyway, so the stream does not depend on it. */
    private static int missingOr(int answer, SplittableRandom random) {
        return random.nextDouble() < NONRESPONSE ? ExportRow.MISSING : answer;
    }
}
