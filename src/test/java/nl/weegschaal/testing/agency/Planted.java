package nl.weegschaal.testing.agency;

import java.util.List;

/**
 * The planted bad records of each export, each a drawn interview made bad in one or more cells, with
 * the rejects the wave job must give (field as {@code field (export column)}, value, reason). The
 * reasons are the wave job's wording; a repeated establishment's reason names the line of the
 * record it repeats, so it is added once the exports are laid out.
 */
final class Planted {
    static final String REPEATED = "repeated establishment";
    private static final String CATI_NO_ANSWER = "[9, -1, 99]";
    private static final String CATI_NO_ANSWER_TEKORT = "[9, -1, 99, 7, Niet van toepassing]";
    private static final String CAWI_NO_ANSWER = "[Geen antwoord]";
    private static final String CAWI_NO_ANSWER_TEKORT = "[Geen antwoord, 7, Niet van toepassing]";
    private static final String ROUTED = "answered although not asked: %s is asked only of vacatures_open = ja";

    private final Draws draws;

    Planted(Draws draws) {
        this.draws = draws;
    }

    /** The telephone export's bad records, in the order they are spread over the file. */
    List<Entry> cati() {
        Questionnaire.Multiple m = Questionnaire.MAATREGELEN;
        return List.of(
                entry(false, 4, 0, "an answer code outside the codebook (6)").cell(Questionnaire.TEKORT.cati(), "6")
                        .reject(field(Questionnaire.TEKORT.name(), Questionnaire.TEKORT.cati()), "6",
                                codebook(Questionnaire.TEKORT.name(), CATI_NO_ANSWER_TEKORT)),
                notAsked(entry(false, 2, 1, "a routed question answered by someone not asked (V1 = 2, V2 = 1)"))
                        .cell(Questionnaire.MOEILIJK.cati(), "1")
                        .reject(field(Questionnaire.MOEILIJK.name(), Questionnaire.MOEILIJK.cati()), "1",
                                String.format(ROUTED, Questionnaire.MOEILIJK.name())),
                notAsked(entry(false, 1, 0, "a routed tick-all option ticked by someone not asked (V1 = 2)"))
                        .cell(m.catiColumn(3), "1")
                        .reject(field(m.name() + ".automatisering", m.catiColumn(3)), "1",
                                String.format(ROUTED, m.name())),
                entry(false, 10, 1, "an SBI code of a division that does not exist (83)")
                        .cell(CatiExport.SBI, "83.00").reject(field("sbi", CatiExport.SBI), "83.00",
                                "SBI 8300 is not a class or subclass of SBI 2008: there is no division 83"),
                entry(false, 9, 0, "an employment agency (SBI 78.10), out of scope")
                        .cell(CatiExport.SBI, "78.10").reject(field("sbi", CatiExport.SBI), "78.10",
                                "SBI 7810 is in division 78 (employment agencies, temporary staffing), which is out of scope"),
                missingEmployees(entry(false, 4, 1, "the number of employees is missing"))
                        .reject(field("employees", CatiExport.EMPLOYEES), null, "number of employees is missing"),
                entry(false, 6, 0, REPEATED),
                entry(false, 15, 0, "one employee, below the smallest size class").cell(CatiExport.EMPLOYEES, "1")
                        .reject(field("employees", CatiExport.EMPLOYEES), "1",
                                "number of employees '1' is below the smallest size class (2-9)"));
    }

    /** The online export's bad records, in the order they are spread over the sheet. */
    List<Entry> online() {
        Questionnaire.Multiple m = Questionnaire.MAATREGELEN;
        Questionnaire.Single tekort = Questionnaire.TEKORT;
        return List.of(
                notAsked(entry(true, 7, 2, "an answer label outside the codebook (Misschien)"))
                        .cell(Questionnaire.VACATURES.cawi(), "Misschien")
                        .reject(field(Questionnaire.VACATURES.name(), Questionnaire.VACATURES.cawi()), "Misschien",
                                codebook(Questionnaire.VACATURES.name(), CAWI_NO_ANSWER)),
                entry(true, 13, 1, REPEATED),
                notAsked(entry(true, 3, 1, "a routed tick-all option ticked by someone not asked (Nee)"))
                        .cell(Questionnaire.VACATURES.cawi(), "Nee").cell(m.cawiColumn(0), "Hogere lonen")
                        .reject(field(m.name() + ".hogere_lonen", m.cawiColumn(0)), "Hogere lonen",
                                String.format(ROUTED, m.name())),
                entry(true, 11, 0, "the establishment number is missing").cell(OnlineExport.ID, null)
                        .reject(field("id", OnlineExport.ID), null, "the respondent id is missing"),
                missingEmployees(entry(true, 5, 0, "three problems: an answer outside the codebook, an SBI code "
                        + "that is not a number, no number of employees"))
                        .cell(tekort.cawi(), "Veel meer").cell(OnlineExport.SBI, "n.v.t.")
                        .reject(field(tekort.name(), tekort.cawi()), "Veel meer",
                                codebook(tekort.name(), CAWI_NO_ANSWER_TEKORT))
                        .reject(field("sbi", OnlineExport.SBI), "n.v.t.", "SBI 'n.v.t.' is not a number")
                        .reject(field("employees", OnlineExport.EMPLOYEES), null, "number of employees is missing"));
    }

    private Entry entry(boolean online, int sector, int size, String what) {
        return new Entry(draws.interview(sector, size, online), what);
    }

    /** The interview as one of a respondent without vacancies: both routed questions not asked. */
    private static Entry notAsked(Entry e) {
        Interview i = e.interview;
        i.answers.put(Questionnaire.VACATURES.name(), "nee");
        i.answers.put(Questionnaire.MOEILIJK.name(), Interview.NOT_ASKED);
        java.util.Arrays.fill(i.ticks.get(Questionnaire.MAATREGELEN.name()), Interview.NOT_ASKED);
        i.notAskedAsNotTicked = false;
        i.otherText = "";
        return e;
    }

    private static Entry missingEmployees(Entry e) {
        e.interview.employees = null;
        return e;
    }

    private static String field(String field, String column) {
        return field + " (" + column + ")";
    }

    private static String codebook(String question, String noAnswer) {
        return "not an answer of the codebook for " + question + " nor a value for no answer " + noAnswer;
    }
}
