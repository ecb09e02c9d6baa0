package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The account in a link to a person's profile or personal site (R8.2): "linkedin.com/in/iina-korpinen-4b7a21",
 * "instagram.com/tomski_92", "github.com/ikorpinen", "x.com/ikorpinen", "tiktok.com/@ikorpinen", "t.me/ikorpinen" and
 * a OneDrive personal site, "firma-my.sharepoint.com/personal/iina_korpinen_firma_fi/Documents": the vanity part or the
 * personal segment is the person's account identifier, one user name. Not a site's own pages ("instagram.com/explore",
 * "github.com/settings") nor, on GitHub, a repository's owner ("github.com/quarkusio/quarkus" is a project's link).
 */
final class ProfileLinks {

    /** A site and what its profile links hold before the account, in lower case. */
    private record Site(String prefix, boolean lastSegmentOnly) {
    }

    private static final List<Site> SITES = List.of(new Site("linkedin.com/in/", false), new Site("instagram.com/", false),
            new Site("github.com/", true), new Site("facebook.com/", false), new Site("x.com/", false),
            new Site("twitter.com/", false), new Site("tiktok.com/@", false), new Site("t.me/", false),
            new Site("threads.net/@", false), new Site("-my.sharepoint.com/personal/", false));
    /** The sites' own pages, which name no one. */
    private static final Set<String> SITE_PAGES = Set.of("p", "reel", "reels", "explore", "stories", "accounts", "about",
            "settings", "login", "signup", "home", "search", "share", "sharer", "sharer.php", "watch", "groups", "pages",
            "events", "marketplace", "orgs", "topics", "features", "pricing", "notifications", "messages", "i", "intent",
            "hashtag", "direct", "tv", "help", "privacy", "legal", "joinchat", "profile.php", "people", "company", "jobs");
    private static final int SHORTEST = 2;

    private ProfileLinks() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has('/')) {
            return;
        }
        var text = message.value();
        var lower = text.toLowerCase(Locale.ROOT);
        for (var site : SITES) {
            for (int at = lower.indexOf(site.prefix()); at >= 0; at = lower.indexOf(site.prefix(), at + 1)) {
                if (site.prefix().charAt(0) != '-' && at > 0 && isHostChar(text.charAt(at - 1)) && text.charAt(at - 1) != '.') {
                    // "notx.com/": another host that ends with the site's name
                    continue;
                }
                int start = at + site.prefix().length();
                int end = start;
                while (end < text.length() && Characters.isAccountChar(text.charAt(end))) {
                    end++;
                }
                while (end > start && text.charAt(end - 1) == '.') {
                    end--;
                }
                boolean more = end + 1 < text.length() && text.charAt(end) == '/' && Characters.isAccountChar(text.charAt(end + 1));
                var account = lower.substring(start, end);
                if (end - start >= SHORTEST && !SITE_PAGES.contains(account) && !(site.lastSegmentOnly() && more)
                        && (end == text.length() || !Characters.isLetterOrNumber(text.charAt(end)))) {
                    findings.add(new Finding(EntityType.USERNAME, start, end, account));
                }
            }
        }
    }

    private static boolean isHostChar(char c) {
        return Characters.isLetterOrNumber(c) || c == '-' || c == '.';
    }
}
