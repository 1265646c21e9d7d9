package nl.weegschaal.testing.agency;

import java.util.List;

/**
 * The second agency's questionnaire (theme: staff shortage and recruitment) as its two exports
 * record it: per question the codebook name, the telephone export's column and codes, the online
 * export's column and labels. The job spec {@code agency.yml} and the R script describe the same
 * questionnaire, each written from the data's README, not from this class.
 */
final class Questionnaire {
    /** A question answered with one level; {@code routedBy} is the filter question, or null when all are asked. */
    record Single(String name, String cati, String cawi, List<Answer> answers, String routedBy) implements Item {
    }

    /** A level: its codebook code, the telephone code and the online label. */
    record Answer(String code, String catiCode, String cawiLabel) {
    }

    /** A tick-all-that-apply question: option columns are {@code cati + "_" + k} and {@code cawi + " [label]"}. */
    record Multiple(String name, String cati, String cawi, List<Option> options, String routedBy) implements Item {
        String catiColumn(int option) {
            return cati + "_" + (option + 1);
        }

        String cawiColumn(int option) {
            return cawi + " [" + options.get(option).cawiLabel() + "]";
        }
    }

    /** An option: its codebook code and the online export's label, which its cell holds when ticked. */
    record Option(String code, String cawiLabel) {
    }

    /** A question in the order of the interview. */
    sealed interface Item permits Single, Multiple {
        String name();

        String routedBy();
    }

    static final String WEET_NIET_ONLINE = "Weet ik niet";

    static final Single VACATURES = new Single("vacatures_open", "V1_VACATURES",
            "1. Heeft uw vestiging op dit moment openstaande vacatures?", yesNo(), null);
    static final Single MOEILIJK = new Single("moeilijk_vervulbaar", "V2_MOEILIJK",
            "2. Zijn er vacatures die moeilijk te vervullen zijn?", yesNo(), VACATURES.name());
    static final Multiple MAATREGELEN = new Multiple("maatregelen", "V3_MAATR",
            "3. Welke maatregelen neemt u?", List.of(new Option("hogere_lonen", "Hogere lonen"),
            new Option("buitenland", "Werven in het buitenland"), new Option("zij_instroom", "Zij-instromers opleiden"),
            new Option("automatisering", "Automatiseren"), new Option("werktijden", "Flexibele werktijden"),
            new Option("anders", "Anders")), VACATURES.name());
    static final Single TEKORT = new Single("tekort_verwachting", "V4_TEKORT",
            "4. Hoe ontwikkelt het personeelstekort zich de komende twee jaar?", List.of(
            new Answer("sterk_toenemen", "1", "Sterk toenemen"), new Answer("toenemen", "2", "Toenemen"),
            new Answer("gelijk", "3", "Gelijk blijven"), new Answer("afnemen", "4", "Afnemen"),
            new Answer("sterk_afnemen", "5", "Sterk afnemen"), new Answer("weet_niet", "8", WEET_NIET_ONLINE)), null);
    static final Single WERVING = new Single("werving_moeilijker", "V5_WERVING",
            "5. Is werven moeilijker dan een jaar geleden?", List.of(
            new Answer("veel_moeilijker", "1", "Veel moeilijker"), new Answer("moeilijker", "2", "Moeilijker"),
            new Answer("even_moeilijk", "3", "Even moeilijk"), new Answer("makkelijker", "4", "Makkelijker"),
            new Answer("weet_niet", "8", WEET_NIET_ONLINE)), null);
    static final Multiple KANALEN = new Multiple("kanalen", "V6_KANAAL", "6. Via welke kanalen werft u?", List.of(
            new Option("website", "Eigen website"), new Option("vacaturesites", "Vacaturesites"),
            new Option("social_media", "Sociale media"), new Option("uwv", "UWV / werk.nl"),
            new Option("uitzendbureau", "Uitzendbureau"), new Option("netwerk", "Eigen netwerk")), null);
    static final Single THUISWERK = new Single("thuiswerk", "V7_THUISWERK", "7. Kunnen medewerkers thuiswerken?",
            List.of(new Answer("ja_allen", "1", "Ja, alle medewerkers"), new Answer("ja_deel", "2", "Ja, een deel"),
            new Answer("nee", "3", "Nee")), null);
    static final Single OPLEIDING = new Single("opleidingsbudget", "V8_OPLBUDGET",
            "8. Heeft uw vestiging een opleidingsbudget?", yesNo(), null);

    /** The questions in the order they are asked (a broken-off interview misses a tail of this list). */
    static final List<Item> ORDER = List.of(VACATURES, MOEILIJK, MAATREGELEN, TEKORT, WERVING, KANALEN, THUISWERK,
            OPLEIDING);

    /** Telephone codes that are no answer: 9 geen antwoord, -1 not asked (routing), 99 interview broken off. */
    static final String CATI_NO_ANSWER = "9";
    static final String CATI_NOT_ASKED = "-1";
    static final String CATI_BROKEN_OFF = "99";
    /** Telephone code of tekort_verwachting for "niet van toepassing" (no staff): no answer in both exports. */
    static final String CATI_NOT_APPLICABLE = "7";
    static final String CATI_TICKED = "1";
    static final String CATI_NOT_TICKED = "2";
    static final String CAWI_NO_ANSWER = "Geen antwoord";
    static final String CAWI_NOT_APPLICABLE = "Niet van toepassing";

    private Questionnaire() {
    }

    private static List<Answer> yesNo() {
        return List.of(new Answer("ja", "1", "Ja"), new Answer("nee", "2", "Nee"),
                new Answer("weet_niet", "8", WEET_NIET_ONLINE));
    }
}
