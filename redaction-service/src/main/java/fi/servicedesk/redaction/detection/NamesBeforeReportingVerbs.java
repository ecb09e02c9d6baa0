package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Names before a verb that reports what a person said or did: "Bill mentioned …", "Priit Warsame
 * ilmoitti …", "Abdi from finance asked …". Before one, a capitalised word that can be a name is one
 * even where it is also a word.
 */
final class NamesBeforeReportingVerbs {

    /**
     * Past tenses, and "wants" and "reckons": an application asks and requests in the present ("Okta Verify pyytää
     * sitä"), but only a person reckons.
     */
    private static final WordSet REPORTING_VERBS = WordSet.of(Set.of(
            "mentioned", "said", "wants", "wanted", "asked", "called", "wrote", "reported", "told", "confirmed",
            "noticed", "thinks", "thought", "replied", "emailed", "ilmoitti", "sanoi", "kertoi", "soitti", "pyysi",
            "kysyi", "kirjoitti", "huomasi", "vahvisti", "mainitsi", "vastasi",
            // what the one on call did: "Ansel paged Crane", "Sampo eskaloi sen", "Lumi kuittasi"
            "paged", "pinged", "escalated", "rang", "texted", "eskaloi", "kuittasi",
            // what a ticket's, Jira's or Teams' notification says someone did: "Chip Pope reacted", "Pilvi Viita muutti tilaa"
            "shared", "reacted", "changed", "commented", "updated", "jakoi", "muutti", "kommentoi", "päivitti", "reagoi",
            // spoken Finnish and English for what someone said or promised: "Jukkis lupas", "Gaz reckons"
            "lupas", "lupasi", "sano", "reckons",
            // what only a person says or thinks, or does in another's place, in the present: "Pat says", "O'Neill
            // disagrees", "Kuura tuuraa"
            "says", "agrees", "disagrees", "tuuraa", "sijaistaa",
            // what a person did about the case, in the past ("Marivic took the bridge", "Yes – Nilofar did it", "Darja
            // hoiti sillan", "On, Kaisla teki sen"), and is on call for: no product takes, does, tries or handles
            "took", "did", "tried", "helped", "handled", "teki", "hoiti", "auttoi", "kokeili",
            "päivystää"));
    /** A word that may stand between the subject and its verb: "Senait already tried", "Ruska jo korjasi". */
    private static final WordSet ADVERBS = WordSet.of(Set.of("already", "also", "jo", "myös"));
    /**
     * An auxiliary and what only a person does after it: "Niamh will confirm", "Ronan is covering", "Xin ei pääse"
     * (a server does not confirm, cover for anyone or fail to make it to a meeting; one that fails to reach the
     * network is a word, "Palvelin ei pääse verkkoon", no name).
     */
    private static final WordSet AUXILIARIES = WordSet.of(Set.of("will", "is", "ei", "to"));
    /** "Glass to verify": a hand-over's or an action item's "to" before what the person is to do. */
    private static final WordSet PERSON_ACTS = WordSet.of(Set.of("confirm", "approve", "chase", "covering", "shadowing",
            "verify", "pääse", "ehdi"));

    private NamesBeforeReportingVerbs() {
    }

    /** Marks the person whose name opens at {@code t}, if a reporting verb follows it. */
    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        // "ok so jay said its fixed": in lower case, a given name before a reporting verb (not a month).
        if (!names[t] && words[t] != null && tokens.isLowerCase(t) && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && !(t + 1 < tokens.size() && tokens.isCapitalised(t + 1)) && reportsNext(text, tokens, t) && !NotAPerson.isMonth(text.substring(tokens.start(t), tokens.end(t)))) {
            names[t] = true;
        }
        if (tokens.isCapitalised(t) && !names[t] && !(t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t))
                && !isWherePersonWorks(tokens, names, t) && reportsNext(text, tokens, t)) {
            beforeReportingVerb(text, tokens, words, names, t);
        }
    }

    /**
     * A reporting verb or an auxiliary and a person's act follows the word, or a second capitalised word and
     * then one ("Priit Warsame ilmoitti"), also after "from" and where the person works ("Abdi from finance asked").
     */
    private static boolean reportsNext(String text, Tokens tokens, int t) {
        int verb = t + 1 < tokens.size() && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1) ? t + 2 : t + 1;
        if (verb + 2 < tokens.size() && tokens.is(verb, "from") && tokens.spaced(verb - 1, verb) && tokens.spaced(verb, verb + 1)) {
            verb += 2;
        }
        if (verb >= tokens.size() || !tokens.isLowerCase(verb) || !tokens.spaced(verb - 1, verb)) {
            return false;
        }
        if (verb + 1 < tokens.size() && tokens.length(verb) <= 7 && tokens.spaced(verb, verb + 1)
                && ADVERBS.contains(text, tokens.start(verb), tokens.end(verb))) {
            verb++;
        }
        // "Remember to verify": "to" after a word opening a sentence is that word's infinitive, not a person's task.
        if (tokens.is(verb, "to") && tokens.beginsSentence(t)) {
            return false;
        }
        if (tokens.length(verb) <= 4 && verb + 1 < tokens.size() && AUXILIARIES.contains(text, tokens.start(verb), tokens.end(verb))) {
            return tokens.spaced(verb, verb + 1) && PERSON_ACTS.contains(text, tokens.start(verb + 1), tokens.end(verb + 1));
        }
        return isReportingVerb(text, tokens, verb) && !isPassive(tokens, verb);
    }

    /**
     * "Claim handled by Aino Virta", "Ticket updated by …": a past participle before "by" is a passive, whose subject is
     * the thing done, and the doer comes after "by".
     */
    private static boolean isPassive(Tokens tokens, int verb) {
        return verb + 1 < tokens.size() && tokens.spaced(verb, verb + 1) && tokens.is(verb + 1, "by");
    }

    /**
     * "Ekaterina Zhuravlyova from Admissions told me …": the word after a person's name and "from" is where the person
     * works, and the person before it reports.
     */
    private static boolean isWherePersonWorks(Tokens tokens, boolean[] names, int t) {
        return t > 1 && names[t - 2] && tokens.is(t - 1, "from") && tokens.spaced(t - 2, t - 1) && tokens.spaced(t - 1, t);
    }

    /** The word at {@code t} reports what a person said or did ("called", "ilmoitti", "reckons"). */
    static boolean isReportingVerb(String text, Tokens tokens, int t) {
        return tokens.length(t) >= 3 && tokens.length(t) <= 9 && tokens.isLowerCase(t)
                && REPORTING_VERBS.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * "Bill mentioned …", "Shirin mentioned …": one capitalised word that can be a name, a word too, or
     * an unknown word that is no product or role, before a reporting verb is one; two capitalised words there
     * are a first name and a surname if neither is a product, maker or word of the service desk ("Priit
     * Warsame ilmoitti", "Usva Kokko soitti").
     */
    private static void beforeReportingVerb(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        boolean two = tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1);
        if (two) {
            // Products and makers report nothing in the past ("Okta Verify pyytää" is the present): two words that
            // can be names are a person's even where both are words ("Usva Kokko soitti", "Olive Knight called").
            // A role before a name is the cue, not a name ("Esihenkilöni Yusuf pyysi").
            if (NameWords.canBeSurname(text, tokens, words[t], t) && NameWords.canBeSurname(text, tokens, words[t + 1], t + 1)
                    && !NamesAfterCues.isRole(text, tokens, words, t)) {
                names[t] = true;
                names[t + 1] = true;
            }
        } else if ((NameWords.isAnyName(words[t]) && !NameLexicon.isMaker(text, tokens.start(t), tokens.end(t))
                || NameWords.isPersonWord(text, tokens, words[t], t)) && !NamesAfterCues.isRole(text, tokens, words, t)) {
            // A role reports as a person does, and is no name ("Caller mentioned …", "User said …").
            names[t] = true;
        }
    }
}
