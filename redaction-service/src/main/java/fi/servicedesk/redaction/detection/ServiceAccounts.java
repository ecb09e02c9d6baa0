package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The accounts tools print that belong to no person: the system's and its daemons' ("root", "daemon", "nobody",
 * "www-data", "postgres"), the built-in Windows ones ("SYSTEM", "LOCAL SERVICE", "DWM-1", "ANONYMOUS LOGON"),
 * services' and automation's ("svc_backup", "svc-jenkins", "jenkins", "gitlab-runner", "deploy") and computers', whose
 * name ends in "$" ("DC02$"). Given in lower case.
 */
final class ServiceAccounts {

    private static final Set<String> NAMED = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail",
            "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "nobody", "nogroup", "sshd", "postgres", "mysql",
            "redis", "nginx", "apache", "httpd", "jenkins", "gitlab-runner", "gitlab", "git", "deploy", "ansible", "ubuntu",
            "ec2-user", "centos", "admin", "administrator", "guest", "system", "local service", "network service",
            "anonymous logon", "oracle", "tomcat", "elasticsearch", "kafka", "zookeeper", "grafana", "prometheus",
            "docker", "vagrant", "pi", "user", "test", "operator", "ftp", "dnsmasq", "messagebus", "polkitd", "chrony",
            "syslog", "systemd-network", "systemd-resolve", "systemd-timesync", "unknown", "invalid", "null", "none",
            "runner", "build", "ci", "bot", "dependabot", "renovate", "github-actions", "actions-user", "sa");
    /** The word a system's or a service's login opens with before its digits or separator: "admin2", "svc_backup", "sa_sql". */
    private static final Set<String> SYSTEM_WORDS = Set.of("admin", "root", "guest", "sa", "sysadmin", "superuser",
            "svc", "srv", "service", "app", "bot", "ci", "test", "sys", "system", "backup", "noreply");
    /** What services' and automation's accounts open with: "svc_backup", "svc-jenkins", "sa_sql", "app-billing". */
    private static final String[] PREFIXES = {"svc", "srv", "sa_", "sa-", "service", "app-", "app_", "bot-", "bot_",
        "systemd-", "dwm-", "umfd-", "ci-", "ci_", "build", "noreply", "no-reply", "healthcheck", "monitor"};

    private ServiceAccounts() {
    }

    /** Whether a login whose letters up to its first digit or separator are {@code letters}, as written, is a system's or a service's. */
    static boolean opensWithSystemWord(String letters) {
        return SYSTEM_WORDS.contains(letters);
    }

    /** Whether {@code login}, in lower case, is a service's, the system's or a computer's account. */
    static boolean contains(String login) {
        if (login.endsWith("$") || NAMED.contains(login)) {
            return true;
        }
        for (var prefix : PREFIXES) {
            if (login.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
