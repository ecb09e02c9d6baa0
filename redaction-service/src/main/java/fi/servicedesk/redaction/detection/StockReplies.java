package fi.servicedesk.redaction.detection;

/**
 * "Will do, thanks.", "Can do!": the stock reply of a modal verb and "do" that ends its clause names no one,
 * though Will and Can are given names; a person named so does something ("Will does the backups", "Will do the
 * backups?" goes on past "do").
 */
final class StockReplies {

    private StockReplies() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && (tokens.is(t, "will") || tokens.is(t, "can")) && tokens.is(t + 1, "do")
                    && tokens.spaced(t, t + 1) && Characters.endsClause(text, tokens.end(t + 1))) {
                names[t] = false;
            }
        }
    }
}
