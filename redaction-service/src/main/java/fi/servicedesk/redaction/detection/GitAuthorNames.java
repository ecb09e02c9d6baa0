package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The person git prints as a commit's author or a repository's user (R3.2, R8.2): the value of git config's
 * "user.name=Gentian Gjoka" and the author in git blame's "f723f26a (Gentian Leka 2026-04-12 07:03:33 +0100 43)". The
 * field says it is a person, so each capitalised word of it is a name whatever else the word is (a flower, a month).
 */
final class GitAuthorNames {

    /** Config's user.name to the line's end; blame's author between the hash's "(" and the date. */
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:\\buser\\.name[ \\t]*=[ \\t]*|(?m:^)\\^?[0-9a-f]{7,40} (?:[^\\s(]+ +)?\\()"
                    + "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3})(?=[ \\t]*$| +\\d{4}-\\d\\d-\\d\\d)", Pattern.MULTILINE);

    private GitAuthorNames() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        var matcher = AUTHOR.matcher(text);
        while (matcher.find()) {
            for (int start = matcher.start(1), end = matcher.end(1); start < end; ) {
                int wordEnd = text.indexOf(' ', start);
                wordEnd = wordEnd < 0 || wordEnd > end ? end : wordEnd;
                if (Finding.noneOverlaps(findings, start, wordEnd)) {
                    findings.add(ContactCardNames.nameFinding(text, start, wordEnd, lexicon));
                }
                start = wordEnd + 1;
            }
        }
    }
}
