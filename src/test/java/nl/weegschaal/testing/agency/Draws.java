package nl.weegschaal.testing.agency;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws interviews: register data of the establishment's stratum and answers whose chances depend
 * on the size class (and, for working from home, the sector), with the no-answer habits of each
 * export. Deterministic for a seed; every draw goes through one generator, in a fixed order.
 */
final class Draws {
    private static final String[] COMMENTS = {"Contactpersoon is de HR-manager", "Belt terug na de herfstvakantie",
        "Respondent vond vraag 4 lastig", "Coöperatie met meerdere vestigingen", "Café met terras; veel seizoenswerk",
        "Directeur: \"we zoeken al een jaar een monteur\"", "Enquête deels door de eigenaar zelf beantwoord",
        "Eerste poging mislukt (geen gehoor).\r\nTweede poging: interview afgerond."};
    private static final String[] INTERVIEWERS = {"INT-03 (Zoë)", "INT-07 (René)", "INT-11 (Inge)",
        "INT-12 (Sébastien)", "INT-15 (Aïcha)"};
    private static final String[] OTHER_TEXTS = {"Detachering", "Stagiairs aannemen", "Pensionado's terughalen"};

    private final SplittableRandom random;
    private final Set<String> ids = new HashSet<>();
    private boolean multiLineCommentUsed;

    Draws(long seed) {
        random = new SplittableRandom(seed);
    }

    SplittableRandom random() {
        return random;
    }

    /** A new six-digit establishment number, never drawn before. */
    String newId() {
        String id;
        do {
            id = Integer.toString(300_000 + random.nextInt(400_000));
        } while (!ids.add(id));
        return id;
    }

    /** A complete interview of a new establishment of the stratum, in the given mode. */
    Interview interview(int sector, int size, boolean online) {
        Interview i = new Interview(newId(), sector, size, online);
        String[] codes = SectorCodes.of(sector);
        i.sbi = codes[random.nextInt(codes.length)];
        i.employees = Integer.toString(employees(size));
        i.sbiAsNumber = online && i.sbi.charAt(0) != '0' && random.nextDouble() < 0.6;
        i.employeesAsText = online && random.nextDouble() < 0.15;
        i.noAnswerAsEmpty = online && random.nextBoolean();
        i.date = LocalDate.of(2025, 9, 15).plusDays(random.nextInt(60));
        if (!online) {
            i.interviewer = INTERVIEWERS[random.nextInt(INTERVIEWERS.length)];
            i.comment = comment();
            i.notAskedAsNotTicked = random.nextDouble() < 0.04;
        }
        answer(i);
        if (!online && random.nextDouble() < 0.012) {
            breakOff(i, 3 + random.nextInt(Questionnaire.ORDER.size() - 3));
        }
        return i;
    }

    private int employees(int size) {
        return switch (size) {
            case 0 -> 2 + random.nextInt(8);
            case 1 -> 10 + random.nextInt(40);
            default -> 50 + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 2000);
        };
    }

    private String comment() {
        if (!multiLineCommentUsed && random.nextDouble() < 0.01) {
            multiLineCommentUsed = true;
            return COMMENTS[COMMENTS.length - 1];
        }
        return random.nextDouble() < 0.15 ? COMMENTS[random.nextInt(COMMENTS.length - 1)] : "";
    }

    private void answer(Interview i) {
        double s = i.size;
        String vacatures = single(i, new double[] {0.25 + 0.2 * s, 0.72 - 0.2 * s, 0.03}, Questionnaire.VACATURES);
        boolean asked = vacatures.equals("ja");
        i.answers.put(Questionnaire.MOEILIJK.name(), asked
                ? single(i, new double[] {0.55 + 0.1 * s, 0.4 - 0.1 * s, 0.05}, Questionnaire.MOEILIJK)
                : Interview.NOT_ASKED);
        ticks(i, Questionnaire.MAATREGELEN, asked, new double[] {0.45, 0.08 + 0.06 * s, 0.25, 0.15 + 0.05 * s, 0.35,
            0.1});
        double[] tekort = {0.10 + 0.05 * s, 0.30, 0.38 - 0.05 * s, 0.10, 0.03, 0.09};
        String answer = single(i, tekort, Questionnaire.TEKORT);
        if (i.size == 0 && random.nextDouble() < 0.04) {
            answer = Interview.NOT_APPLICABLE;
        }
        i.answers.put(Questionnaire.TEKORT.name(), answer);
        single(i, new double[] {0.2 + 0.05 * s, 0.35, 0.3 - 0.05 * s, 0.08, 0.07}, Questionnaire.WERVING);
        ticks(i, Questionnaire.KANALEN, true, new double[] {0.4 + 0.2 * s, 0.5, 0.3 + 0.05 * s, 0.15,
            0.2 + 0.05 * s, 0.55 - 0.1 * s});
        boolean office = List.of(7, 8, 10, 11).contains(i.sector);
        single(i, office ? new double[] {0.3, 0.55, 0.15} : new double[] {0.05, 0.3, 0.65}, Questionnaire.THUISWERK);
        single(i, new double[] {0.3 + 0.25 * s, 0.64 - 0.25 * s, 0.06}, Questionnaire.OPLEIDING);
    }

    /** Draws a level (chances in the order of the question's answers) or, rarely, no answer; records it. */
    private String single(Interview i, double[] chances, Questionnaire.Single question) {
        String answer = random.nextDouble() < 0.012 ? Interview.NO_ANSWER
                : question.answers().get(pick(chances)).code();
        i.answers.put(question.name(), answer);
        return answer;
    }

    private void ticks(Interview i, Questionnaire.Multiple question, boolean asked, double[] chances) {
        String[] options = new String[chances.length];
        boolean refused = asked && !i.online && random.nextDouble() < 0.02;
        for (int o = 0; o < options.length; o++) {
            boolean ticked = random.nextDouble() < chances[o];
            options[o] = !asked ? Interview.NOT_ASKED : refused ? Interview.NO_ANSWER
                    : ticked ? Interview.TICKED : Interview.NOT_TICKED;
        }
        if (asked && i.online && Interview.TICKED.equals(options[options.length - 1])
                && question == Questionnaire.MAATREGELEN) {
            i.otherText = OTHER_TEXTS[random.nextInt(OTHER_TEXTS.length)];
        }
        i.ticks.put(question.name(), options);
    }

    /** From the {@code from}-th question of the interview on, nothing was recorded. */
    private static void breakOff(Interview i, int from) {
        for (Questionnaire.Item item : Questionnaire.ORDER.subList(from, Questionnaire.ORDER.size())) {
            if (item instanceof Questionnaire.Multiple m) {
                String[] options = new String[m.options().size()];
                java.util.Arrays.fill(options, Interview.BROKEN_OFF);
                i.ticks.put(m.name(), options);
            } else {
                i.answers.put(item.name(), Interview.BROKEN_OFF);
            }
        }
    }

    private int pick(double[] chances) {
        double total = 0;
        for (double c : chances) {
            total += c;
        }
        double u = random.nextDouble() * total;
        for (int k = 0; k < chances.length - 1; k++) {
            u -= chances[k];
            if (u < 0) {
                return k;
            }
        }
        return chances.length - 1;
    }
}
