package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsInToolOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "Mar  3 08:12:44 bastion sshd[811]: Accepted publickey for tkorhola from 192.0.2.4 port 50122 ssh2|tkorhola",
            "Mar  3 08:12:44 bastion sshd[811]: Failed password for invalid user mari.nyk from 192.0.2.4 port 22|mari.nyk",
            "Mar  3 08:13:01 bastion sudo[912]:   pvesala : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls|pvesala",
            "2025-02-01 10:00:01 cupsd: Job 311 by eklund_a on Canon-3F: 2 pages|eklund_a",
            "Auth: (42) Login OK: [helmi.ranta] (from client ap-2 port 0)|helmi.ranta",
            "10:02:11 (lmgrd) OUT: \"SolidWorks\" jaalto7@CAD-PC-12|jaalto7",
            "openvpn[77]: velin/198.51.100.23:40112 TLS: Username/Password authentication succeeded|velin",
            "%ASA-6-113039: Group <Staff> User <rnyholm> IP <198.51.100.8> AnyConnect parent session started.|rnyholm",
            "useradd[4021]: new user: name=okari, UID=1201, GID=1201|okari",
            "usermod[4022]: add 'okari' to group 'vpn'|okari",
            "$ ssh -v -p 2222 lhelin@build-07|lhelin",
            "203.0.113.40 - tpeltola [03/Mar/2025:08:00:01 +0200] \"GET / HTTP/1.1\" 200 512|tpeltola",
            "ahakala  pts/2        192.0.2.77       Mon Mar  3 07:58   still logged in|ahakala",
            "mkoski     4242  0.5  1.2 812344 99120 ?  Sl   07:50   0:03 python3 app.py|mkoski",
            "\tAccount Name:\t\tadm-vsiren|vsiren",
            "User name                    jnurmela|jnurmela",
            "RunAs User: CONTOSO\\ekoivu|ekoivu",
            "  GITHUB_ACTOR: lh-dev2|lh-dev2",
            // any setting's or variable's key for the account: a database's, a deployment's, an inventory's
            "DB_USER=mvirtanen|mvirtanen",
            "      - POSTGRES_USER=okari|okari",
            "export SFTP_USERNAME='tkorhola'|tkorhola",
            "ansible_user: j.aalto|j.aalto",
            "    pkallio WS-311 WS-311 (v2024.1) (flex02/27000 102), start Mon 3/3 8:00|pkallio",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx7Rk2mYv0pQe9sLw3ZtN8cUa4 mlepp@LAPTOP-77|mlepp",
            "Subject: Cron <sruusu@etl-03> /opt/etl/run.sh|sruusu",
            "To: sruusu|sruusu",
            "Workflow run 81 triggered by ak-ops4|ak-ops4",
            "  sanni-ops approved these changes 2 days ago|sanni-ops",
            // a review timeline with no two spaces anywhere in the message
            "sanni-ops approved these changes 2 days ago|sanni-ops",
            "<developers><developer> <id>tniska</id>|tniska",
    })
    void findsTheLoginWhereTheToolPrintsIt(String text, String login) {
        assertEquals(List.of(login), found(text));
    }

    @Test
    void findsTheUserOfAnAnsibleUserTask() {
        assertEquals(List.of("jvaara"), found("changed: [web1] => (item={'name': 'jvaara', 'comment': 'J. Vaara'})"));
    }

    @Test
    void findsTheUserOfARowOfPsWithFewerColumnsUnderItsTitle() {
        assertEquals(List.of("hallbla"), found("USER         PID %CPU %MEM COMMAND\n"
                + "hallbla     37625 89.9  18.3 matlab -nodesktop\nnobody      57712 90.6  21.9 /usr/bin/rsync -a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mar  3 08:12:44 bastion sshd[811]: Accepted publickey for root from 192.0.2.4 port 50122 ssh2",
            "Mar  3 08:13:01 bastion sudo[912]:   svc_deploy : TTY=pts/1 ; USER=root ; COMMAND=/bin/ls",
            "2025-02-01 10:00:01 cupsd: Job 311 by www-data on Canon-3F",
            "\tAccount Name:\t\tWS-0412$",
            "\tAccount Name:\t\tSYSTEM",
            "root      1  0.0  0.1 167744 11820 ?  Ss   07:50   0:01 /sbin/init",
            "version   2 10.4 2.1 released",
            "POSTGRES_USER: postgres",
            "ENABLE_LOGIN: true",
            "DEFAULT_USER: ${USER}",
            "MAX_LOGIN_ATTEMPTS=5",
            "The job by the printer stopped; login page is slow",
            "reboot   system boot  6.1.0-18-amd64   Mon Mar  3 07:40   still running",
            "To: Matti Virtanen",
            "The backup was requested by email",
    })
    void leavesServiceAccountsAndProseAlone(String text) {
        assertEquals(List.of(), found(text));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        LoginsInToolOutput.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
