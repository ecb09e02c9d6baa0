package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * {@link NameLexicon#stemsBeforeEndings} of a word of a text, in lower case, kept per form as written: the rules on
 * things named like people ask it of the same capitalised word for each of their lists, twice a message, and the same
 * forms come back message after message; the lower-cased copy and the stems cost more than a lookup here.
 */
final class InflectedStems {

    /** Slots of the cache: a form goes to one by its hash and replaces what was there, so memory stays flat. */
    private static final int SLOTS = 1 << 12;
    /**
     * Each slot holds an immutable entry or null; an entry's fields are final, so a reader sees it whole, and a lost
     * write only costs the stems once more.
     */
    private static final Entry[] CACHE = new Entry[SLOTS];

    private record Entry(char[] form, String[] stems) {

        boolean isFormOf(String text, int start, int end) {
            return Characters.sameAs(form, text, start, end);
        }
    }

    private InflectedStems() {
    }

    /** The stems of {@code text[start, end)}, lower-cased, the longer ending first (see {@link NameLexicon#stemsBeforeEndings}). */
    static String[] of(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        var entry = CACHE[slot];
        if (entry != null && entry.isFormOf(text, start, end)) {
            return entry.stems();
        }
        var form = text.substring(start, end);
        var stems = NameLexicon.stemsBeforeEndings(form.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        CACHE[slot] = new Entry(form.toCharArray(), stems);
        return stems;
    }
}
