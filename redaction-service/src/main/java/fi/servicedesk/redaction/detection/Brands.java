package fi.servicedesk.redaction.detection;

/**
 * Names of firms, brands and products of two to four words, or of parts joined by a hyphen ("Jack Wills",
 * "Ruby on Rails", "Ben &amp; Jerry's", "Harley-Davidson"): brands.txt, derived from simple-icons (CC0-1.0) and
 * OpenStreetMap's name-suggestion-index (BSD-3-Clause) by tools/brands (names/NOTICE). About 7,800 names in
 * lower case and Latin-1 letters.
 */
final class Brands {

    private static final SortedLines NAMES = SortedLines.read("/names/brands.txt", "the list of brands");

    private Brands() {
    }

    /**
     * Whether {@code text[start, end)} is a listed name: its capitals lower-cased, a curly apostrophe read as a
     * straight one, and every other character, a space or "&amp;" between its words too, as written.
     */
    static boolean contains(String text, int start, int end) {
        return NAMES.contains(text, start, end);
    }

    /**
     * Whether {@code text[start, end)} is a listed name ({@link SortedLines#IS_ENTRY}) and whether a listed name
     * goes on from it after a space, "&amp;", an apostrophe or a hyphen ({@link SortedLines#BEGINS_ENTRY}: "jack"
     * of "jack wills", "harley" of "harley-davidson"), by one search.
     */
    static int find(String text, int start, int end) {
        return NAMES.find(text, start, end);
    }

    /** False where no listed name begins with the word {@code text[start, end)} (its letters only); true where one may. */
    static boolean mayBeFirstWord(String text, int start, int end) {
        return NAMES.mayBeFirstWord(text, start, end);
    }

    static int size() {
        return NAMES.size();
    }
}
