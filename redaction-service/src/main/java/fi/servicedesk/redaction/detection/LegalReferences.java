package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A division of a law or contract before its number is no name: "Art. 15", "Article 12(3)", "Schedule 2, Part 1",
 * "Section 45", "artikla 17", "Bilaga 3", "Kap. 4"; nor is a numbered period of a rota or a plan ("Week 33", "Sprint 4"). "Art" is a given name too, but a person's name is not followed
 * by a number, with or without the abbreviation's full stop; a closed class in English, Finnish and Swedish.
 */
final class LegalReferences {

    /** Divisions of laws, regulations and contracts, and their abbreviations. */
    private static final WordSet DIVISIONS = WordSet.of(Set.of("art", "article", "articles", "artikla", "artiklan",
            "artikel", "artikeln", "schedule", "section", "sec", "chapter", "part", "annex", "recital", "paragraph",
            "luku", "liite", "kohta", "bilaga", "kap", "kapitel", "avsnitt",
            // and the calendar's and a plan's numbered periods, a rota's or a schedule's: "Week 33: …", "vko 48", "Sprint 12"
            "week", "viikko", "vko", "vecka", "sprint", "phase", "vaihe", "fas"));

    private LegalReferences() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && Characters.beforeNumber(text, tokens.end(t)) && DIVISIONS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }
}
