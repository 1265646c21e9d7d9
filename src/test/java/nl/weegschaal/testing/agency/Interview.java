package nl.weegschaal.testing.agency;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One establishment's interview as the agency recorded it, before an export renders it: the
 * register data, a level code per single-choice question and a tick per option, or one of the
 * markers below where there is no answer. Mutable while it is drawn and planted, then only read.
 */
final class Interview {
    /** The respondent gave no answer ("geen antwoord"). */
    static final String NO_ANSWER = "~no-answer";
    /** The question was not asked (routing). */
    static final String NOT_ASKED = "~not-asked";
    /** The interview was broken off before this question (telephone only). */
    static final String BROKEN_OFF = "~broken-off";
    /** "Niet van toepassing": the establishment has no staff to be short of (tekort_verwachting only). */
    static final String NOT_APPLICABLE = "~not-applicable";
    static final String TICKED = "1";
    static final String NOT_TICKED = "0";

    String id;
    final int sector;
    final int size;
    String sbi;
    /** The number of employees as digits; null when the agency has none. */
    String employees;
    final boolean online;
    /** Online export: the SBI code is a number cell (never for a code with a leading zero). */
    boolean sbiAsNumber;
    /** Online export: the number of employees is a text cell instead of a number cell. */
    boolean employeesAsText;
    /** Telephone export: a routed-out tick-all question is written as "2" (not mentioned) in every option. */
    boolean notAskedAsNotTicked;
    /** Online export: a question left without an answer is an empty cell instead of "Geen antwoord". */
    boolean noAnswerAsEmpty;
    String interviewer = "";
    String comment = "";
    /** The text typed beside "Anders" (online). */
    String otherText = "";
    LocalDate date;
    final Map<String, String> answers = new HashMap<>();
    final Map<String, String[]> ticks = new HashMap<>();

    Interview(String id, int sector, int size, boolean online) {
        this.id = id;
        this.sector = sector;
        this.size = size;
        this.online = online;
    }

    /** A copy with another id (for a planted record made from a drawn one). */
    Interview copy(String newId) {
        Interview copy = new Interview(newId, sector, size, online);
        copy.sbi = sbi;
        copy.employees = employees;
        copy.sbiAsNumber = sbiAsNumber;
        copy.employeesAsText = employeesAsText;
        copy.notAskedAsNotTicked = notAskedAsNotTicked;
        copy.noAnswerAsEmpty = noAnswerAsEmpty;
        copy.interviewer = interviewer;
        copy.comment = comment;
        copy.otherText = otherText;
        copy.date = date;
        copy.answers.putAll(answers);
        ticks.forEach((name, options) -> copy.ticks.put(name, options.clone()));
        return copy;
    }
}
