package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * API tokens and keys that their providers mark with a fixed prefix, so that secret scanners find them wherever they
 * are pasted (R8.2): GitHub's ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_},
 * {@code github_pat_}), GitLab's ({@code glpat-}), Stripe's secret and restricted keys and webhook secrets
 * ({@code sk_live_}, {@code sk_test_}, {@code rk_live_}, {@code rk_test_}, {@code whsec_}), Slack's
 * ({@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxr-}, {@code xoxs-}, {@code xapp-}), npm's ({@code npm_}),
 * Hugging Face's ({@code hf_}), OpenAI's project keys ({@code sk-proj-}), AWS access key ids ({@code AKIA}, {@code ASIA})
 * and Google API keys ({@code AIza}). A token is one whatever the words around it say, in a commit log as in a chat;
 * the prefix must open a word and a run of token characters long enough for a key must follow it. Stripe's
 * publishable keys ({@code pk_live_}) are public by design and stay.
 */
final class ProviderTokens {

    /** Each prefix and the fewest token characters after it: a key's body is long, "ghp_" in prose is not one. */
    private record Prefix(String text, int minBody, boolean upperAlphanumeric) {
    }

    private static final int MIN_BODY = 16;
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("ghp_", MIN_BODY, false), new Prefix("gho_", MIN_BODY, false), new Prefix("ghu_", MIN_BODY, false),
            new Prefix("ghs_", MIN_BODY, false), new Prefix("ghr_", MIN_BODY, false), new Prefix("github_pat_", MIN_BODY, false),
            new Prefix("glpat-", MIN_BODY, false), new Prefix("sk_live_", MIN_BODY, false), new Prefix("sk_test_", MIN_BODY, false),
            new Prefix("rk_live_", MIN_BODY, false), new Prefix("rk_test_", MIN_BODY, false), new Prefix("whsec_", MIN_BODY, false),
            new Prefix("xoxb-", MIN_BODY, false), new Prefix("xoxp-", MIN_BODY, false), new Prefix("xoxa-", MIN_BODY, false),
            new Prefix("xoxr-", MIN_BODY, false), new Prefix("xoxs-", MIN_BODY, false), new Prefix("xapp-", MIN_BODY, false),
            new Prefix("npm_", MIN_BODY, false), new Prefix("hf_", MIN_BODY, false), new Prefix("sk-proj-", MIN_BODY, false),
            new Prefix("AKIA", MIN_BODY, true), new Prefix("ASIA", MIN_BODY, true), new Prefix("AIza", MIN_BODY * 2, false));
    /** The characters every prefix opens with: most words open with none and cost one test. */
    private static final String OPENINGS = "gswrxnhA";

    private ProviderTokens() {
    }

    static void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (!message.has('_') && !message.has('-') && !message.has('A')) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (OPENINGS.indexOf(text.charAt(i)) < 0 || i > 0 && isTokenChar(text.charAt(i - 1))) {
                continue;
            }
            for (var prefix : PREFIXES) {
                if (text.startsWith(prefix.text(), i)) {
                    int end = bodyEnd(text, i + prefix.text().length(), prefix.upperAlphanumeric());
                    if (end - i - prefix.text().length() >= prefix.minBody()) {
                        findings.add(Finding.of(EntityType.CREDENTIAL, text, i, end));
                        i = end;
                    }
                    break;
                }
            }
        }
    }

    private static int bodyEnd(String text, int from, boolean upperAlphanumeric) {
        int end = from;
        while (end < text.length() && (upperAlphanumeric ? isUpperOrDigit(text.charAt(end)) : isTokenChar(text.charAt(end)))) {
            end++;
        }
        return end;
    }

    /** A character of a token's body, which is also base64url's alphabet. */
    static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || Scan.isDigit(c) || c == '_' || c == '-';
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || Scan.isDigit(c);
    }
}
