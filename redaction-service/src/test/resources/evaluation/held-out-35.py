#!/usr/bin/env python3
r"""Generates the thirty-fifth held-out set (held-out-35.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 34: nobody tunes on it. Its writer read no detection code, list or model. It holds
kinds of text that sets 1-34 lack: what IT administrators' and developers' tools print and what people paste from them
into service-desk tickets, in 55 shapes, each framed by the subject's Finnish, English or Swedish words ("Hei,
Jenkins-ajo kaatuu. Kysyin asiaa jo Siti-Aisyah Abdullah-Hamidilta …", "Hi, the VPN drops. Pasting the output below.",
"Hej, utskriftskön har fastnat. Klistrar in utskriften nedan."), in a code fence or bare, with a remark, copies
("Tiedoksi:", "cc", "Kopia:") and the subject's signature. The shapes: git log (Author:, Commit:, Merge:, trailers
Signed-off-by:, Co-authored-by:, Reviewed-by:, Acked-by:, Tested-by:), git log --format, git blame, git shortlog -sne
(with users.noreply.github.com addresses), pull-request review comments with @handles, Gerrit change pages, git config
--list (user.name, user.email, a token in remote.origin.url), Java stack traces with C:\Users\login\ paths, Python
tracebacks with /home/login/ paths, macOS crash reports (/Users/login/), Windows Application Error 1000 events,
Security events 4625 and 4624 (Account Name:, Account Domain:, Workstation Name:, Source Network Address:, Source
Port:) and 4720 (SAM Account Name, Display Name, User Principal Name, Home Directory), Get-ADUser in the list layout
(DistinguishedName, DisplayName, GivenName, Surname, Name, SamAccountName, UserPrincipalName, telephoneNumber, mobile,
Manager, ObjectGUID, SID) and in the Format-Table layout, auth.log (sshd Accepted publickey / Failed password, sudo,
useradd, usermod, pam_unix), crontab -l with MAILTO and the cron daemon's mail, SQL INSERT dumps, psql and mysql
(+----+) result tables, psql's expanded display of payroll records (henkilotunnus, tilinumero), Excel rows pasted with
tabs, Office 365 unified audit log CSV with JSON in a cell, Kubernetes YAML with owner and contact annotations, Helm
Chart.yaml maintainers, Jenkins console logs ("Started by user Given Surname", a password in a curl -u), GitHub Actions
logs, Jira issue exports ([~handle] mentions), GitLab issue system notes, SIEM alert JSON, an MDM inventory pasted with
tabs, PaperCut and CUPS print logs ("Job 123 by login"), Cisco ASA AnyConnect and OpenVPN logs, FreeRADIUS logs (a
mistyped password in "Login incorrect: [login/password]"), FlexLM debug logs ("OUT: "MATLAB" login@host") and lmstat
-a, Apache access logs with a basic-auth user, Ansible output, ps aux, last, net user /domain, whoami /all, an Entra ID
sign-in as JSON, a Sentry event's user block, a Zabbix acknowledgement, Azure DevOps notifications in Teams,
package.json author and contributors, a pom.xml <developers> block, CODEOWNERS, authorized_keys and ssh -v, Exchange
Get-MessageTrace, a PowerShell transcript header (Username:, RunAs User: adm-login), docker-compose environment
secrets, PagerDuty and Opsgenie bot messages with the on-call numbers, password-manager share notifications, and Slack
bot notifications.
Names (python3 new-name-forms.py held-out-35.jsonl, which reads every other labelled set, set 34 included: 1,105 of
1,106 forms, 99.9 %, new to sets 1-34; the one held elsewhere is "Joelille"): Finnish double given names no earlier set
holds (Aapo-Kustaa, Ukko-Birger, Jooa-Kustaa; Kielo-Amalia, Vanamo-Ilona, Sade-Orvokki) and compound surnames drawn
from a first word and a last word that inflects with its own gradation (Kelomäki: Kelomäeltä, Sammallampi:
Sammallammelle, Louhikangas: Louhikankaan, Närejärvi, Tähkäoja, Huurrekallio), Finland-Swedish and Swedish ones
(Gösta-Emil, Lill-Inger, Ture-Algot; Bergkulla, Hällbacka, Ängsholm), and Tigrinya, Oromo, Wolof, Yoruba, Malagasy,
Kinyarwanda, Lingala, Egyptian, Levantine, Emirati, Dari, Sindhi, Telugu, Kannada, Marathi, Sinhala, Nepali, Burmese,
Khmer, Hmong, Indonesian, Malay, Filipino, Chinese, Cantonese, Uzbek, Turkmen, Bulgarian, Serbian, Slovak, Hungarian,
Albanian, Maltese, Italian, Portuguese, Brazilian, Argentine, Chilean, Colombian, Mexican, Peruvian, French, Swiss,
Austrian, Danish, Norwegian, Icelandic, English, American, Jamaican, Hebrew, Armenian, Russian, Greenlandic, Inuit,
Navajo, Hawaiian, Māori, Samoan, Fijian, Aboriginal Australian, Swahili, Zulu, Xhosa and Hausa ones, many with double
surnames (Kusuma-Nugroho, Mamani-Condori, Thistlethwaite-Sowerby, Ben-David-Katz), in the Finnish cases in Finnish
prose and with the Swedish genitive in Swedish. Phones of 65 countries and territories (Åland, Greenland, Hong Kong
among them) as directories, exports and signatures write them: +cc with groups, E.164, national with the trunk prefix
(06 in Hungary, 8 in Turkmenistan), 00cc, +cc (0)…, dashes, NANP forms; each was checked outside this file with
Debian's python3-phonenumbers 8.12.57 (all 1,184 valid, a 00 form read as dialled from Finland).
Labelling policy, as in sets 25-34, with these for the new kinds. The subject is the person whose ticket it is (the
writer who pastes the output, the register's "known" person), wherever they stand in the output (a commit's author, a
row of a table, the account of an event); everyone else (authors, committers, reviewers, co-authors, assignees,
watchers, on-call engineers, admins who created an account, people in rows) is a third party. A name in a tool's field
(Author:, Display Name:, DisplayName :, GivenName :, Surname :, Name :, user.name=, <name>, "name":, comment,
Reporter:, Started by user, Acknowledged by, shared the item) is a NAME, each part its own span, the key, quotes and
brackets outside; a CN= inside a DistinguishedName or a Manager value too (as set 26). An address beside a name in
angle brackets or brackets, in UserPrincipalName, UserIds, MAILTO=, "email", owner: annotations and a Get-MessageTrace
row is one EMAIL span; a users.noreply.github.com address that holds a person's handle is that person's EMAIL. A login
is a USERNAME of its person wherever it stands: Account Name:, SamAccountName, a pom.xml <id>, the ps and last columns,
sshd, sudo, useradd and usermod lines, the cron mail's To: and its Subject, a print job's owner, a VPN, RADIUS or
FlexLM user (the @host after it outside), an Apache access log's user, the user part of user@workstation in
authorized_keys, POSTGRES_USER; in a path or share only the account part is inside the span (C:\Users\|login|\AppData…,
/home/|login|/.ssh, /Users/|login|/Library, \\server\home$\|login|, DOMAIN\|login|, as set 33); an admin account's
prefix stays outside ("adm-|login|"); an @handle on a code host (review comments, CODEOWNERS, GitHub Actions "triggered
by", Jira [~handle], GitLab @handle) is a USERNAME, the @ and brackets outside, as set 33's handles that are no plain
name form; an @mention of a plain name in a Slack bot message ("Assignee: @Given Surname") is two NAME spans, the @
outside. An IP address is an IP_ADDRESS of the person whose device or session it is: Source Network Address, sshd's
"from", last's host column, the VPN client's public address and the tunnel address the VPN assigns to that session,
ClientIP, ipAddress, ip_address, Apache's client; a server's address (listening on 0.0.0.0, ::, 127.0.0.1, the database
a traceback could not reach) is a look-alike. A password or token that leaks into a log is a CREDENTIAL of the one it
belongs to (a curl -u password of the user who started the job, a personal access token in remote.origin.url, a
mistyped password in a RADIUS log, a database password in a compose file: the person who wrote it); a service account's
password is a CREDENTIAL too, role "third", as set 32's provisioning token. An identity code and an account number in a
leaked payroll record are the record's person's NATIONAL_ID and IBAN (set 32's HR export). A handset's IMEI is its
owner's DEVICE_ID (as in sets 18, 22 and 42): in a device list, the user's it is listed beside (37 third, 8 subject).
New decisions: SIDs
(S-1-5-21-…, also the SID of a person's own account, and S-1-5-18) are look-alikes, as set 28 kept them: a SID names an
account only through the directory, as a GUID does; service and built-in accounts (svc_backup, svc-jenkins, root, NT
AUTHORITY\SYSTEM, NETWORK SERVICE, LOCAL SERVICE, DWM-1, www-data, postgres, jenkins, gitlab-runner, deploy) and
computer accounts (DC02$) are look-alikes, with their domains (NT AUTHORITY, Window Manager), as are the addresses
tools send from (root@host of the cron daemon); a public key, its SHA256 fingerprint, ObjectGUIDs, AadUserIds and
Sentry user ids are look-alikes (they identify an account only through a system, as set 32's ids); workstation and
device names without a person's name (WS-04512, LAPTOP-U8TP0U5, iPhone-4821) are look-alikes. Look-alikes (kept):
commit hashes and short hashes, build, run, change, patch-set, pull-request, merge-request and issue numbers, versions,
server host names, service accounts, process ids, ports, error and status codes, event ids, logon ids and types, GUIDs,
SIDs, MACs, serial numbers, timestamps in each tool's format, dates, file paths and files without a person,
namespaces, images, job and branch names, groups, domains (FIRMA, AD), cron expressions, licence features, printers,
SQL table names and row ids, cities, departments, class names (java.lang.NullPointerException,
fi.kunta.asiointi.AuthFilter) and products named like people (Jenkins, Hudson, Alfred, Ansible, Cassandra, Jasper, Ada,
Pascal, Julia, Ruby) — never in a message whose person bears that name.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 55 shapes each in all three languages, drawn in turn;
7,243 NAME (1,593 the subject's), 1,382 USERNAME, 1,184 PHONE (65 countries and territories), 1,124 EMAIL, 315
IP_ADDRESS, 60 CREDENTIAL, 45 DEVICE_ID, 17 IBAN, 7 NATIONAL_ID; 7,061 look-alikes (1,088 timestamps and dates) from 481
templates and kinds (a shape's kind of look-alike or literal), 3,799 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in
any letter case, or a look-alike holds one (message.first_clean).
Deterministic: python3 held-out-35.py > held-out-35.jsonl (python3 held-out-35.py --stats adds counts on stderr)"""
import collections
import json
import random
import re
import sys

import generation
import identifiers
from generation import language_of
from message import Message

R = random.Random(35353535)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
SUB = "subject"
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-34 (checked against their files when this set was
# written), so nearly every name form of this set is new.

FI_MEN = ["Aapo-Kustaa", "Eemil-Aukusti", "Oskari-Valdemar", "Iivari-Henrik", "Kasperi-Evert", "Leevi-Aukusti",
          "Ukko-Birger", "Vilppu-Henrik", "Aarno-Kristian", "Hugo-Valdemar", "Jooa-Kustaa", "Luukas-Evert",
          "Nooa-Aukusti", "Peetu-Valdemar", "Niilo-Birger", "Elmeri-Kustaa", "Veeti-Aukusti", "Mikael-Aatos",
          "Pertti-Olavi", "Juho-Ville", "Santeri-Eemil", "Jarmo-Tapio", "Keijo-Antero", "Risto-Veikko", "Timo-Aleksi",
          "Veikko-Aatos", "Hannes-Mikael", "Kyösti-Olavi", "Olli-Aatos", "Arttu-Veikko", "Eetu-Mikael",
          "Vesa-Aukusti", "Jyri-Kustaa"]
FI_WOMEN = ["Aava-Annikki", "Ella-Orvokki", "Hilla-Tuulikki", "Iina-Hellevi", "Kielo-Amalia", "Lumi-Annikki",
            "Minea-Aurora", "Nea-Josefiina", "Peppi-Marjatta", "Sade-Orvokki", "Vanamo-Ilona", "Helmi-Tuulikki",
            "Lyydia-Annikki", "Ilta-Aurora", "Seela-Marjatta", "Kukka-Hellevi", "Iida-Lotta", "Nelli-Maaria",
            "Oona-Liisa", "Aada-Sofia", "Enni-Kaisa", "Hertta-Maria", "Orvokki-Liisa", "Pirkko-Leena", "Terhi-Kaisa",
            "Vuokko-Liisa", "Aila-Kaarina", "Eila-Marjatta", "Irja-Liisa", "Kaisu-Maria", "Linnea-Kaisa",
            "Mette-Maria", "Nanna-Liisa", "Raakel-Maria", "Sointu-Maria", "Talvikki-Maria", "Wilma-Liisa", "Aleksia",
            "Iiris-Maria"]
FI_SURNAMES = ["Hillakorpi", "Hillasalo", "Hillasuo", "Hillavaara", "Hirsiharju", "Hirsikorpi", "Hirsilahti",
               "Hirsiniemi", "Hirsisaari", "Hirsivaara", "Huurrekallio", "Huurrelahti", "Huurrelampi", "Huurresaari",
               "Huurresalo", "Kaislaharju", "Kaislakangas", "Keloaho", "Kelolampi", "Kelomäki", "Kelosaari",
               "Koluniemi", "Koluoja", "Kuohuaho", "Kuohujärvi", "Kuohukorpi", "Kuohukoski", "Kuohuniemi", "Kuohuoja",
               "Kuuravuori", "Kärkijärvi", "Kärkikorpi", "Kärkisalo", "Kärkivaara", "Lakkaniemi", "Lakkaranta",
               "Lakkavuori", "Louhikallio", "Louhikangas", "Louhilahti", "Louhisaari", "Louhisuo", "Louhivuori",
               "Närejärvi", "Närekangas", "Närekoski", "Närelahti", "Näreniemi", "Näresuo", "Oravalampi", "Oravasalo",
               "Riuttaharju", "Riuttaranta", "Riuttavaara", "Ruohoharju", "Ruohokallio", "Ruohokoski", "Ruohomäki",
               "Ruohoniemi", "Ruohoranta", "Ruohovaara", "Sammalkoski", "Sammallampi", "Sammalsuo", "Sarvikangas",
               "Sarvikorpi", "Sarvikoski", "Sarviranta", "Tuohiranta", "Tähkäaho", "Tähkäjärvi", "Tähkäkorpi",
               "Tähkäniemi", "Tähkäoja", "Tähkäsalo", "Vaahtoharju", "Vaahtokallio", "Vaahtosaari", "Vaahtovaara",
               "Vaahtovuori"]
SV_GIVEN = ["Conny", "Egon", "Gösta-Emil", "Leif-Olof", "Måns", "Nils-Gunnar", "Ludvika", "Signe-Lena",
            "Ulrika-Maria", "Sven-Ingvar", "Per-Arvid", "Karl-Hugo", "Arvid-Emil", "Lars-Ture", "Hugo-Sixten",
            "Eivor-Maj", "Ann-Sofi", "Lill-Inger", "Siv-Ann", "Märta-Lisa", "Kaj-Olof", "Ture-Algot"]
SV_SURNAMES = ["Lindqvist-Berg", "Grankvist", "Ingberg", "Järnefelt", "Strömsholm", "Wadström", "Bergkulla",
               "Finnholm", "Knutar", "Lövkvist", "Ekbacka", "Sandvik-Holm", "Björkskog", "Hällbacka", "Lillkung",
               "Nordqvist-Ek", "Rosenback", "Tallbacka", "Västerbacka", "Östman-Berg", "Ängsholm"]
WORLD = {
    "tigrinya": (["Habtom", "Saba"], ["Asfaha", "Woldeyesus", "Berhane-Woldeyesus"], ["ER", "SE"]),
    "oromo": (["Gutema", "Lemessa", "Bontu", "Hawi", "Obsa"], ["Fayisa", "Tolera", "Ayana", "Regassa"], ["ET"]),
    "wolof": (["Mamadou-Lamine", "Coumba"], ["Faye-Mbaye", "Gueye-Sarr", "Sarr-Diop"], ["SN", "FR"]),
    "yoruba": (["Oluwakemi", "Bolanle"], ["Akintola", "Ojo", "Akintola-Fashola"], ["NG", "GB"]),
    "malagasy": (["Lalao", "Mamy", "Tahina"], ["Rabemananjara", "Andriamihaja", "Ratsimbazafy-Rabemananjara"],
                 ["MG", "FR"]),
    "kinyarwanda": (["Kamanzi", "Irakoze"], ["Munyaneza-Uwimana", "Hakizimana-Niyonzima", "Niyonzima-Uwimana"],
                    ["RW", "BE"]),
    "lingala": (["Kabila", "Ilunga", "Mpoyi", "Ngalula", "Bolingo"], ["Tshisekedi", "Lumumba", "Mukendi-Lumumba"],
                ["CD", "BE"]),
    "egyptian": (["Nourhan", "Hossam", "Shaimaa", "Sherif", "Marwa"],
                 ["Abdelrahman", "Mostafa", "Abdelaziz", "Fawzy", "Shehata"], ["EG"]),
    "levantine": (["Wassim", "Dima"], ["Abou-Jaoude", "Khalaf", "Tannous"], ["LB"]),
    "gulf": (["Saeed", "Sultan"], ["Al-Mazrouei", "Al-Suwaidi", "Al-Ketbi", "Al-Marri"], ["AE"]),
    "dari": (["Freshta", "Habibullah"], ["Safi", "Safi-Hotak", "Hotak-Noorzai"], ["AF", "SE"]),
    "sindhi": (["Marvi", "Sikandar", "Sassui"], ["Soomro", "Bhutto", "Jatoi", "Memon", "Talpur"], ["PK"]),
    "telugu": (["Lakshmi-Prasanna", "Madhavi", "Anjali-Reddy"], ["Rao", "Kolli", "Reddy-Kolli"], ["IN", "US"]),
    "kannada": (["Darshan", "Pallavi"], ["Shetty-Gowda", "Kulkarni-Gowda", "Bhat-Shetty"], ["IN"]),
    "marathi": (["Sachin", "Ashwini", "Tushar", "Snehal"], ["Shinde", "Joshi-Pawar", "Jadhav-Shinde"], ["IN"]),
    "sinhala": (["Lasith", "Nadeesha"], ["Fernando", "Jayawardena", "Rajapaksha"], ["LK"]),
    "nepali": (["Anita", "Dipesh"], ["Bhandari", "Shrestha-Bhandari", "Thapa-Shrestha"], ["NP"]),
    "burmese": (["Htet", "Moe"], ["Myint-Oo", "Naing-Thein"], ["MM"]),
    "khmer": (["Veasna", "Chenda"], ["Sok", "Prak", "Chan-Keo"], ["KH"]),
    "hmong": (["Kia", "Pheng"], ["Yang-Lor", "Xiong-Thao", "Yang-Her"], ["US"]),
    "indonesian": (["Agus", "Sri", "Fitri"], ["Hidayat-Nugroho", "Kusuma-Nugroho", "Nugroho-Kusuma"], ["ID"]),
    "malay": (["Ahmad-Faiz", "Siti-Aisyah", "Azlan"], ["Abdullah-Hamid", "Yusof", "Othman"], ["MY"]),
    "filipino": (["Mark-Anthony", "Jhoanna", "Ronaldo", "Marvin"],
                 ["Pascual", "Macapagal-Dimaculangan", "Dimaculangan-Manalo"], ["PH"]),
    "chinese": (["Weijie", "Yiming", "Jiahao"], ["Tang", "Feng-Deng", "Deng-Luo"], ["CN"]),
    "cantonese": (["Wai-yee", "Chi-kin", "Hoi-ling"], ["Ng", "Leung-Yip", "Yip-Leung"], ["HK"]),
    "uzbek": (["Sardor", "Dilfuza", "Jasur", "Malika-Bonu", "Otabek"], ["Karimov", "Yuldashev", "Rakhimova", "Alimov"],
              ["UZ"]),
    "turkmen": (["Serdar", "Ogulgerek", "Bayram", "Jemal", "Myrat"], ["Orazov", "Gurbanova", "Charyyev"], ["TM"]),
    "bulgarian": (["Hristo", "Todor", "Mariela"], ["Dimitrov", "Georgieva", "Petkov", "Kolev"], ["BG"]),
    "serbian": (["Nemanja", "Jovana"], ["Marković", "Đorđević", "Nikolić-Marković"], ["RS"]),
    "slovak": (["Marek", "Lucia", "Juraj", "Katarína"], ["Kováč", "Horváthová", "Varga-Slovák", "Hudák"], ["SK"]),
    "hungarian": (["Balázs", "Ádám", "Dániel"], ["Lakatos-Molnár", "Lakatos-Kiss", "Balogh-Farkas"], ["HU"]),
    "albanian": (["Elira", "Gentian"], ["Gjoka", "Leka", "Hoxha-Leka"], ["AL"]),
    "maltese": (["Ċensu", "Marija-Rita", "Rita-Marie"], ["Grech-Camilleri", "Vella-Grech", "Grech-Zammit"], ["MT"]),
    "italian": (["Vincenzo", "Rosaria"], ["Greco-Conti", "Conti-Ricci", "Conti-Gallo"], ["IT"]),
    "portuguese": (["Sofia-Margarida", "Nuno"], ["Moreira", "Correia", "Mendes"], ["PT"]),
    "brazilian": (["Jéssica", "Aline"], ["Rocha", "Araújo-Monteiro", "Araújo-Nascimento"], ["BR"]),
    "argentine": (["Facundo", "Micaela"], ["Gómez", "Díaz", "Acosta"], ["AR"]),
    "chilean": (["Cristóbal", "Javiera", "Matías", "Constanza", "Benjamín"],
                ["Muñoz", "Contreras", "Araya", "Espinoza"],
                ["CL"]),
    "colombian": (["Andrés-Felipe", "Juan-David", "Paola"], ["Restrepo", "Ospina", "Cardona", "Zapata"], ["CO"]),
    "mexican": (["Rodrigo-Iván", "Édgar", "Ulises"], ["Castañeda", "Domínguez", "Cervantes", "Orozco"], ["MX"]),
    "peruvian": (["Renzo", "Milagros", "Piero"], ["Flores", "Mamani-Condori", "Condori-Mamani"], ["PE"]),
    "french": (["Théo", "Manon", "Baptiste", "Océane", "Hugo-Pierre", "Élodie"], ["Bonnet", "Dupont", "Lambert"],
               ["FR", "BE"]),
    "swiss": (["Regula", "Corinne", "Reto-Andreas"], ["Meier", "Brunner", "Baumann", "Gerber", "Widmer"], ["CH"]),
    "austrian": (["Verena", "Manfred", "Elisabeth-Anna"], ["Gruber", "Huber", "Steiner", "Moser"], ["AT"]),
    "danish": (["Jesper-Nørgaard", "Trine", "Anders-Bo", "Pernille"], ["Møller", "Sørensen", "Thomsen", "Christiansen"],
               ["DK"]),
    "norwegian": (["Torbjørn", "Geir", "Astrid-Marie", "Øystein"], ["Olsen-Bakke", "Halvorsen", "Solberg"], ["NO"]),
    "icelandic": (["Ólafur", "Björk", "Sigrún"], ["Stefánsdóttir", "Magnússon", "Ólafsdóttir"], ["IS"]),
    "english": (["Nigel", "Gillian", "Maureen", "Hilary"],
                ["Sowerby-Braithwaite", "Thistlethwaite-Sowerby", "Thistlethwaite-Higginbottom"], ["GB"]),
    "american": (["Brandon", "Ashley-Nicole", "Travis", "Courtney"], ["Coleman", "Patterson", "Hughes-Coleman"],
                 ["US"]),
    "jamaican": (["Andre", "Delroy"], ["Campbell-Brown", "Francis", "Powell"], ["JM"]),
    "hebrew": (["Michal-Ruth", "Lior"], ["Ben-David-Katz", "Ben-David-Friedman", "Avraham-Friedman"], ["IL"]),
    "armenian": (["Vahagn", "Arman"], ["Khachatryan-Mkrtchyan", "Mkrtchyan-Avetisyan", "Avetisyan-Vardanyan"], ["AM"]),
    "russian": (["Sergey", "Alexey"], ["Smirnov", "Popov", "Sokolova-Popov"], ["RU"]),
    "greenlandic": (["Minik", "Kunuk"], ["Heilmann", "Rosing", "Kleist-Heilmann"], ["GL", "DK"]),
    "inuit": (["Siku", "Tapeesa", "Qajak", "Ataneq"], ["Kusugak", "Arnatsiaq", "Qaunaq"], ["CA"]),
    "navajo": (["Hastiin", "Yanaba"], ["Tsosie-Yazzie", "Benally-Yazzie", "Benally-Begay"], ["US"]),
    "hawaiian": (["Kainoa", "Makoa", "Nalani"], ["Kahale", "Kahale-Kealoha", "Kealoha-Akana"], ["US"]),
    "maori": (["Mere", "Tane"], ["Tawhiri", "Rangi-Tawhiri", "Ngata-Parata"], ["NZ"]),
    "samoan": (["Sina", "Pita"], ["Sapolu-Leota", "Faleolo-Sapolu", "Tuilagi-Faleolo"], ["WS", "NZ"]),
    "fijian": (["Mere-Ana", "Joeli", "Unaisi"], ["Tuisawau", "Qarase", "Vunibaka-Tuisawau"], ["FJ"]),
    "aboriginal": (["Warrick", "Alinta"], ["Yunupingu", "Mundine", "Gurruwiwi"], ["AU"]),
    "swahili": (["Athumani", "Mwanaisha", "Hamisi", "Salim"], ["Chebet", "Onyango", "Chebet-Njoroge"], ["KE"]),
    "zulu": (["Lwazi", "Nokuthula-Grace", "Sandile", "Lindiwe"],
             ["Ngcobo-Zulu", "Ngcobo-Buthelezi", "Zulu-Ngcobo"], ["ZA"]),
    "xhosa": (["Nosipho", "Lunga", "Ayanda"], ["Ngxola", "Mahlathi", "Sisulu"], ["ZA"]),
    "hausa": (["Zainab-Hauwa", "Aisha-Bello"], ["Dantata", "Abdulkadir", "Garba-Abdulkadir"], ["NG"]),
}

# The irregular Finnish forms of the set's names: those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES, harmony=False)


# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.countries_until("EE", AX=["181{4}", "182{4}", "183{4}", "457{7}"],
                                       GB=["74{8}", "75{8}", "78{8}", "79{8}"], SK=["90{7}", "95{7}"],
                                       CL=["96{7}", "98{7}", "99{7}"], IL=["50{7}", "52{7}", "53{7}", "54{7}", "58{7}"])
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)


# ---------------------------------------------------------------------------------------------------------------------
# Addresses and logins: the organisation's patterns, the name without marks.

ORG_DOMAINS = ["firma.example.fi", "kunta.example.fi", "konserni.example.com", "bolaget.example.se",
               "devhouse.example.io", "uni.example.ac.uk", "ohjelmisto.example.fi", "logistik.example.se",
               "sairaala.example.fi", "example.de", "consult.example.com"]


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS)


def handle_of(p):
    """A person's account on a code host: a login no plain name form (hkuohu, sakura-dev, tkolli92)."""
    if p.handle is None:
        g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
        p.handle = R.choice([f"{g[0]}{s[:6]}", f"{g[:4]}-{s[:4]}", f"{s[:5]}{R.randint(10, 99)}", f"{g[:3]}{s[:3]}",
                             f"{g[0]}{s[0]}-dev{R.randint(1, 9)}", f"{s[:4]}_{g[:2]}"])
    return p.handle


def password():
    return R.choice(["Kesa", "Talvi", "Syksy", "Vinter", "Summer", "Koira", "Katt", "Welcome"]) + \
        R.choice(["2026", "2027", "!", "#", "123"]) + R.choice(["!", "?", "", "%", "&"]) + identifiers.digits(R, 2)


def token():
    return R.choice([lambda: "ghp_" + rep("{b}", 36).replace("+", "x").replace("/", "y"),
                     lambda: "glpat-" + rep("{b}", 20).replace("+", "Q").replace("/", "_"),
                     lambda: "xoxb-" + fill("{12}-{13}-") + rep("{b}", 24).replace("+", "k").replace("/", "Z"),
                     lambda: "AKIA" + rep("{A}", 16), password])()


def ipv4():
    return R.choice([f"10.{R.randint(0, 250)}.{R.randint(0, 254)}.{R.randint(2, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 254)}.{R.randint(2, 254)}",
                     f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                     f"{R.choice([37, 62, 83, 85, 91, 94, 176, 188, 193, 213])}.{R.randint(0, 254)}."
                     f"{R.randint(0, 254)}.{R.randint(2, 254)}"])


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes: what tools print beside people and is no one's: hashes, builds, versions, servers, service accounts,
# process ids, ports, error codes, GUIDs, SIDs, times, paths, products and classes.

HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def fill(pattern):
    """{n} digits, {x} a lower hex digit, {X} a capital hex digit, {A} a capital, {a} a small letter, {b} base64."""
    out = ""
    for piece in re.split(r"(\{\d+\}|\{[XxAab]\})", pattern):
        if piece == "{X}":
            out += R.choice(HEX.upper())
        elif piece == "{x}":
            out += R.choice(HEX)
        elif piece == "{A}":
            out += R.choice("ABCDEFGHJKLMNPRSTUVWXZ")
        elif piece == "{a}":
            out += R.choice("abcdefghjkmnpqrstuvwxz")
        elif piece == "{b}":
            out += R.choice(B64)
        elif piece.startswith("{"):
            out += identifiers.digits(R, int(piece[1:-1]))
        else:
            out += piece
    return out


def rep(pattern, n):
    return "".join(fill(pattern) for _ in range(n))


def guid():
    return f"{rep('{x}', 8)}-{rep('{x}', 4)}-{rep('{x}', 4)}-{rep('{x}', 4)}-{rep('{x}', 12)}"


def sid():
    return f"S-1-5-21-{fill('{10}')}-{fill('{10}')}-{fill('{9}')}-{R.randint(1100, 99999)}"


SERVERS = ["build01", "ci-runner-03", "srv-app02", "db-prod-01", "fs01.firma.local", "dc02.ad.firma.local",
           "k8s-node-7", "vpn-gw01", "lic01", "jump01", "web-fe-2", "mq-01", "monitor01", "backup-srv",
           "git.firma.local",
           "ldap01", "print01", "siem-col02", "mdm.firma.local", "sql-cl01", "nexus01", "harbor.firma.local",
           "kafka-2", "pg-replica-1", "ns1.firma.local", "proxy02", "tsclient05", "rds-gw01"]
SERVICE_ACCOUNTS = ["svc_backup", "svc_sql", "svc-jenkins", "svc_print", "svc_veeam", "svc-deploy", "root",
                    "www-data", "postgres", "nobody", "jenkins", "gitlab-runner", "ansible", "nginx", "mysql", "deploy",
                    "svc_mdm", "svc_ldapbind"]
WINDOWS_ACCOUNTS = [("NT AUTHORITY", "SYSTEM"), ("NT AUTHORITY", "NETWORK SERVICE"), ("NT AUTHORITY", "LOCAL SERVICE"),
                    ("FIRMA", "svc_veeam"), ("FIRMA", "svc_sql"), ("AD", "svc_print"), ("Window Manager", "DWM-1"),
                    ("Font Driver Host", "UMFD-0")]
PRODUCTS = ["Jenkins", "Ansible", "Cassandra", "Jasper", "Alfred", "Hudson", "Grafana", "Kibana", "Jira", "Confluence",
            "GitLab", "GitHub Actions", "Helm", "Kubernetes", "Terraform", "Vault", "Sentry", "Splunk",
            "Microsoft Sentinel", "Intune", "Jamf Pro", "PaperCut", "FortiClient", "GlobalProtect", "FreeRADIUS",
            "MATLAB", "COMSOL", "Ansys", "Autodesk", "SolidWorks", "Bitwarden", "1Password", "Keeper", "Opsgenie",
            "PagerDuty", "Zabbix", "Nagios", "Prometheus", "Alertmanager", "Harbor", "Nexus", "SonarQube", "Gerrit",
            "Bamboo", "TeamCity", "Rundeck", "Oracle", "Sybase", "Ada", "Pascal", "Julia", "Ruby", "Tomcat", "Jetty"]
CLASSES = ["com.firma.billing.InvoiceService", "org.hibernate.exception.JDBCConnectionException",
           "java.lang.NullPointerException", "fi.kunta.asiointi.AuthFilter", "System.IO.IOException",
           "System.UnauthorizedAccessException", "Microsoft.Office.Interop.Excel", "KeyError", "PermissionError",
           "requests.exceptions.ConnectionError", "psycopg2.OperationalError", "NSInvalidArgumentException",
           "org.springframework.web.client.HttpClientErrorException", "se.bolaget.lager.SyncJob",
           "io.netty.channel.AbstractChannel", "EXC_BAD_ACCESS (SIGSEGV)", "TypeError", "ModuleNotFoundError",
           "System.Net.WebException", "javax.net.ssl.SSLHandshakeException"]
JAVA_CLASSES = [c for c in CLASSES if c.count(".") >= 2 and c[0].islower()]
ERRORS = ["0x80070005", "0x8007052E", "0xC000006A", "0xC0000234", "0x80004005", "ORA-12541", "ERROR 1045 (28000)",
          "SQLSTATE[08006]", "HTTP 403", "exit code 137", "E_ACCESSDENIED", "ECONNREFUSED", "errno 13", "0x000006BA",
          "AADSTS50076", "AADSTS700016", "Event ID 4625", "-15,570:115", "Error -97,121", "code 0x2"]


def version():
    return R.choice([lambda: fill("v{1}.{2}.{1}"), lambda: fill("{1}.{2}.{3}"), lambda: fill("2.4{1}.{1}"),
                     lambda: fill("R202{1}b"), lambda: fill("17.0.{2}+{1}"), lambda: fill("10.0.{5}.{4}"),
                     lambda: fill("3.1{1}.{1}-slim"), lambda: fill("1.2{1}.{1}-eks-{x}{x}{x}{x}{x}{x}{x}"),
                     lambda: fill("{2}.{1}.0-SNAPSHOT"), lambda: fill("v11.{2}.{1}")])()


def timestamp(style):
    t = CLOCK.tick()
    d, mo, y, h, mi, s = t.day, t.month, t.year, t.hour, t.minute, t.second
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    return {"iso": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            "isoms": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(100, 999)}Z",
            "sql": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            "syslog": f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}",
            "git": f"{wd} {mon} {d} {h:02d}:{mi:02d}:{s:02d} {y} {R.choice(['+0200', '+0300', '+0100', '-0500'])}",
            "gitshort": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d} {R.choice(['+0200', '+0300', '+0100'])}",
            "win_fi": f"{d}.{mo}.{y} {h}.{mi:02d}.{s:02d}", "win_en": f"{mo}/{d}/{y} {h % 12 or 12}:{mi:02d}:{s:02d} "
            f"{'AM' if h < 12 else 'PM'}", "win_sv": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            "flexlm": f"{h:02d}:{mi:02d}:{s:02d}", "day": f"{y}-{mo:02d}-{d:02d}", "dayfi": f"{d}.{mo}.{y}",
            "clf": f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0200", "hm": f"{h:02d}:{mi:02d}",
            "last": f"{wd} {mon} {d:2d} {h:02d}:{mi:02d}",
            "cron": f"{wd}, {d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} +0200",
            "o365": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(1000000, 9999999)}Z"}[style]


LOOKS = {
    "hash": lambda: rep("{x}", 40), "short": lambda: rep("{x}", R.choice([7, 8])),
    "build": lambda: f"#{R.randint(12, 4999)}",
    "version": version, "server": lambda: R.choice(SERVERS), "svc": lambda: R.choice(SERVICE_ACCOUNTS),
    "pid": lambda: str(R.randint(300, 98000)), "port": lambda: str(R.choice([22, 443, 5432, 3306, 8080, 27000, 1812,
                                                                             636, 9090, 8443, 1433, 6443])),
    "sport": lambda: str(R.randint(32768, 65000)), "error": lambda: R.choice(ERRORS), "guid": guid, "sid": sid,
    "product": lambda: R.choice(PRODUCTS), "class": lambda: R.choice(CLASSES),
    "ticket": lambda: fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "SR-2026-{4}", "ÄRENDE-{6}", "HD-{3}-{4}",
                                     "CHG00{5}", "OPS-{4}", "PLAT-{3}", "SEC-{4}"])),
    "ws": lambda: fill(R.choice(["WS-{5}", "LT-FI-{4}", "PC{6}", "DESKTOP-{A}{A}{1}{A}{1}{A}{A}", "MBP-{4}",
                                 "LAPTOP-{A}{1}{A}{A}{1}{A}{1}"])),
    "domain": lambda: R.choice(["FIRMA", "AD", "KUNTA", "BOLAGET", "CORP", "firma.local"]),
    "logonid": lambda: fill("0x{X}{X}{X}{X}{X}{X}{X}"), "mac": lambda: ":".join(rep("{x}{x}", 1) for _ in range(6)),
    "serial": lambda: fill(R.choice(["C02{A}{A}{1}{A}{A}{A}{1}{A}", "5CG{7}",
        "PF{1}{A}{A}{1}{A}{A}{1}", "R58{A}{2}{A}{A}{A}{A}{1}"])),
    "image": lambda: R.choice(["harbor.firma.local/payments/api", "ghcr.io/example/worker", "nginx", "postgres",
                               "registry.example.io/ops/cron-runner"]) + ":" + version(),
    "ns": lambda: R.choice(["payments", "kube-system", "monitoring", "asiointi-prod", "lager-test", "ingress-nginx",
                            "data-platform", "hr-portal"]),
    "job": lambda: R.choice(["asiointi-backend", "lager/main", "billing-api", "infra/terraform-prod", "hr-portal-ui",
                             "nightly-backup", "mobile-app/release", "data-etl"]),
    "branch": lambda: R.choice(["main", "master", "develop", "release/2026.11", "feature/PLAT-" + fill("{3}"),
                                "hotfix/" + fill("{4}"), "renovate/helm-charts"]),
    "path": lambda: R.choice([r"C:\Program Files\Microsoft Office\root\Office16\EXCEL.EXE", "/var/log/auth.log",
                              "/opt/app/lib/worker.jar", r"C:\Windows\System32\svchost.exe", "/etc/ssh/sshd_config",
                              "/usr/lib/python3.12/ssl.py", r"\\fs01\Common\Templates", "/srv/jenkins/workspace",
                              r"C:\ProgramData\Microsoft\Windows\Start Menu", "/var/spool/cron/crontabs"]),
    "status": lambda: R.choice(["200", "401", "403", "404", "500", "502", "FAILURE", "SUCCESS", "UNSTABLE"]),
    "group": lambda: R.choice(["GRP-VPN-Users", "SG_Finance_RW", "Domain Users", "Remote Desktop Users", "sudo",
                               "developers", "wheel", "APP-Matlab", "SG-Print-3krs", "Tilitoimisto_Luku"]),
    "cron": lambda: R.choice(["0 2 * * *", "*/15 * * * *", "30 6 * * 1-5", "0 */4 * * *", "5 0 1 * *"]),
    "license": lambda: R.choice(["MATLAB", "Simulink", "Optimization_Toolbox", "COMSOL", "ansys_cfd", "ACAD_2026",
                                 "SolidWorks_Premium", "Statistics_Toolbox"]),
    "printer": lambda: R.choice(["PRN-3KRS-01", "HP-LJ-M507-2", "Konica-C300i", "Ricoh-IM-C3000", "Kyocera-Aula"]),
}


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text and labels names, addresses, logins, numbers and look-alikes. A line may be a
# template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the surname, {a.g.ela} the given
# name in a case, {a.sgc} "Surname, Given", {a.sg} surname first, {mail:a}, {phone:a}, {user:a}, {handle:a}, {ip:a},
# {pw:a}, [a look-alike], {L:kind} a drawn look-alike.

class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR

    def L(self, kind):
        return self.look(LOOKS[kind](), kind)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def handle(self, p):
        return self.ent(handle_of(p), "USERNAME", p.role)

    def ip(self, p, value=None):
        return self.ent(value or ipv4(), "IP_ADDRESS", p.role)

    def secret(self, p, value=None):
        return self.ent(value or password(), "CREDENTIAL", p.role)

    def imei(self, p):
        """A handset's IMEI names its owner's device: the DEVICE_ID of the user it is listed beside."""
        return self.ent(fill("35{13}"), "DEVICE_ID", p.role)

    def who(self, p, style="angle"):
        """Given Surname <addr>, the way git, mail headers and package files write a person."""
        self.person(p, "gs")
        if style == "angle":
            return self.say(" <").mail(p).say(">")
        return self.say(" (").mail(p).say(")")

    def values(self):
        return {**super().values(), "handle": self.handle, "ip": self.ip, "pw": self.secret}


def others(ppl):
    return [ppl[k] for k in "abcdefgh" if k in ppl]


def some(ppl, n, with_subject=True):
    pool = others(ppl) + ([ppl["s"]] if with_subject else [])
    return R.sample(pool, min(n, len(pool)))


def pad(text, width):
    return text + " " * max(1, width - len(text))


# ---------------------------------------------------------------------------------------------------------------------
# The ticket around the pasted output: the subject's words before it (a colleague named in a Finnish case) and the
# subject's signature after it, with a number in most.

INTRO = {
    "fi": ["Hei, {what}. Liitän tulosteen alle.\n\n",
           "Moi! {what} – kollega {a.gs} sanoi, että {b.g.gen} koneella sama. Tässä:\n\n",
           "Hei palvelupiste, {what}. Kysyin asiaa jo {a.gs.abl}, mutta hän ohjasi teille.\n\n",
           "Terve, {what}. {a.gs.all} tuli eilen sama ilmoitus. Kopioin sen tähän:\n\n",
           "Hei, {what}. Puhuin {a.gs.gen} kanssa ja hän pyysi liittämään tämän tikettiin:\n\n",
           "Huomenta, {what}. Otin jo yhteyttä {a.gs.ill}, ei ratkennut. Alla tuloste:\n\n",
           "Hei! {what}. {a.gs.ade} on sama ongelma, joten tuskin on vain minun koneessani.\n\n",
           "Hei, {what}. Lähetin tämän myös {a.g.all}, mutta {a.g} on lomalla. Tuloste:\n\n",
           "Moikka, {what}. Keskustelimme {a.gs.ela} ja {b.gs.ela} aamupalaverissa; liitän lokin.\n\n",
           "Hei, {what}. En halua odottaa {a.gs.par} lomalta, joten avaan tiketin. Loki alla:\n\n"],
    "en": ["Hi, {what}. Pasting the output below.\n\n",
           "Hello service desk, {what}. {a.gs} said the same happens on {b.g}'s machine:\n\n",
           "Hi, {what}. I already asked {a.gs} but they pointed me to you.\n\n",
           "Hi all, {what}. {a.g} from the platform team asked me to open a ticket with this:\n\n",
           "Morning, {what}. Copying {b.gs} and {a.gs} who saw it too. Output:\n\n",
           "Hey, {what}. Here's what the tool printed:\n\n"],
    "sv": ["Hej, {what}. Klistrar in utskriften nedan.\n\n",
           "Hej! {what}. {a.gs} säger att det är samma sak på {b.g.gen} dator:\n\n",
           "Hej servicedesk, {what}. Jag har redan frågat {a.gs} men hen hänvisade till er.\n\n",
           "Hej, {what}. {b.gs} och {a.gs} ser samma sak. Utskrift:\n\n",
           "God morgon, {what}. Här är loggen:\n\n"],
}
MIDDLE = {
    "fi": ["\n\nLoki löytyy myös polusta {L:path}.",
           "\n\nKäytössä on {L:product} {L:version}.", "\n\nSama toistuu {L:product}-ympäristössä ({L:server}).",
           "\n\n{a.gs} on tavoitettavissa numerosta {phone:a}, jos tarvitsette lisätietoja.",
           "\n\nVarahenkilöni on {b.gs} ({phone:b}).", "\n\nSoittakaa mieluummin {a.g.all}: {phone:a}.",
           "\n\nEn tiedä, miksi {a.gs.gen} nimi näkyy tuossa.", "\n\nVoisiko {b.gs.gen} oikeudet tarkistaa samalla?",
           "\n\nPitäisikö tämä siirtää {b.gs.all}?", "\n\nTätä ennen {a.g} oli muuttanut asetuksia.", ""],
    "en": ["\n\nThe log is also in {L:path}.",
           "\n\nWe're on {L:product} {L:version}.", "\n\nSame thing on the {L:product} box ({L:server}).",
           "\n\nYou can reach {a.gs} on {phone:a} for details.", "\n\nMy backup is {b.gs}, {phone:b}.",
           "\n\nNot sure why {a.gs} shows up there.", "\n\nCould you check {b.gs}'s access too?", "", "",
           "\n\n{a.g} changed the settings just before this."],
    "sv": ["\n\nLoggen finns också i {L:path}.",
           "\n\nVi kör {L:product} {L:version}.", "\n\nSamma sak i {L:product}-miljön ({L:server}).",
           "\n\nNå {a.gs} på {phone:a} om ni behöver mer.", "\n\nMin ersättare är {b.gs}, tel. {phone:b}.",
           "\n\nVet inte varför {a.gs.gen} namn syns där.", "\n\nKan ni kolla {b.gs.gen} behörighet också?", ""],
}
COPIES = {
    "fi": ["\n\nTiedoksi: {c.gs}, {d.gs}", "\n\nKopio {c.gs.all} ja {d.g.all}.", "\n\ncc {c.gs}"],
    "en": ["\n\ncc {c.gs}, {d.gs}", "\n\nCopying {c.g} and {d.gs}."],
    "sv": ["\n\nKopia: {c.gs}, {d.gs}", "\n\ncc {c.gs}"],
}
OUTRO = {
    "fi": ["\n\nTerveisin\n{s.gs}\n{phone:s}\n", "\n\nKiitos!\n{s.g}\n", "\n\nt. {s.gs}, puh. {phone:s}\n",
           "\n\nYstävällisin terveisin\n{s.gs}\n{L:ticket}\nmob. {phone:s}\n", "\n\n– {s.g} ({phone:s})\n",
           "\n\nKiitos avusta,\n{s.gs}\n{mail:s} | {phone:s}\n"],
    "en": ["\n\nThanks,\n{s.gs}\n{phone:s}\n", "\n\nCheers\n{s.g}\n", "\n\nBest regards,\n{s.gs}\nMobile: {phone:s}\n",
           "\n\n{s.gs} | {mail:s} | {phone:s}\n", "\n\nKind regards\n{s.g}\n"],
    "sv": ["\n\nMed vänliga hälsningar\n{s.gs}\n{phone:s}\n", "\n\nTack!\n{s.g}\n", "\n\nHälsningar\n{s.gs}\nTel. "
           "{phone:s}\n", "\n\n/{s.g}, {phone:s}\n"],
}


# ---------------------------------------------------------------------------------------------------------------------
# Shapes: each writes the output one tool printed, as the subject pasted it; WHAT says, in the ticket's language,
# what went wrong.

WHAT = {}


def shape(fi_what, en_what, sv_what):
    def register(f):
        WHAT[f.__name__] = {"fi": fi_what, "en": en_what, "sv": sv_what}
        return f
    return register


def trailers(w, author, ppl):
    for label in R.sample(["Co-authored-by", "Signed-off-by", "Reviewed-by", "Acked-by", "Tested-by"],
                          R.randint(1, 3)):
        p = author if label == "Signed-off-by" else R.choice(others(ppl))
        w.say(f"    {label}: ").who(p).say("\n")


@shape("repon historiassa on jotain outoa", "something is odd in our repo's git history",
       "något är konstigt i git-historiken")
def git_log(w, ppl):
    w.say("$ git log -").look(str(R.randint(3, 6)), "count").say("\n")
    for _ in range(R.randint(3, 5)):
        author = R.choice(others(ppl) + [ppl["s"]])
        w.say("commit ").L("hash")
        if R.random() < 0.2:
            w.say("\nMerge: ").L("short").say(" ").L("short")
        w.say("\nAuthor: ").who(author).say("\n")
        if R.random() < 0.3:
            w.say("Commit: ").who(R.choice(others(ppl))).say("\n")
        w.say("Date:   ").look(timestamp("git"), "date").say("\n\n    ")
        w.say(R.choice(["Fix NPE in ", "Bump version of ", "Revert change to ", "Add retry to ", "Päivitä "]))
        w.L("class").say(" (").L("ticket").say(")\n\n")
        trailers(w, author, ppl)
        w.say("\n")


@shape("git log näyttää väärät tekijät", "git log shows the wrong authors", "git log visar fel författare")
def git_log_format(w, ppl):
    w.say("$ git log --date=short --format='%h %ad %an <%ae> %s' ").L("branch").say("\n")
    for _ in range(R.randint(5, 8)):
        p = R.choice(others(ppl) + [ppl["s"]])
        w.L("short").say(" ").look(timestamp("day"), "date").say(" ").who(p).say(" ")
        w.say(R.choice(["fix: ", "feat: ", "chore: ", "docs: ", "refactor: "])).L("ticket").say(" ").say(
            R.choice(["handle timeout", "update chart", "rename column", "drop old flag", "bump deps"])).say("\n")


@shape("git blame ei näytä oikeaa tekijää", "git blame points at the wrong person", "git blame pekar på fel person")
def git_blame(w, ppl):
    w.say("$ git blame -L ").look(f"{R.randint(10, 200)},+6", "range").say(" ").look(
        R.choice(["src/main/java/Billing.java", "app/views.py", "charts/api/values.yaml", "lib/sync.ts"]),
        "file").say("\n")
    for k in range(R.randint(5, 7)):
        p = R.choice(others(ppl)[:3] + [ppl["s"]])
        w.say("^" if k == 0 and R.random() < 0.4 else "").L("short").say(" (").person(p, "gs").say(" ").look(
            timestamp("gitshort"), "date").say(" ").look(str(40 + k), "lineno").say(") ").say(
            R.choice(["    if (retries > MAX) {", "        return None", "    timeout: 30s", "  }", "    log.warn(e);",
                      "import os", "    const url = cfg.baseUrl;"])).say("\n")


@shape("shortlog-tilasto näyttää tuplanimiä", "the shortlog counts people twice", "shortlog räknar personer två gånger")
def git_shortlog(w, ppl):
    w.say("$ git shortlog -sne --since=").look(timestamp("day"), "date").say("\n")
    for p in some(ppl, R.randint(4, 6)):
        w.say(f"{R.randint(1, 420):>6}\t").who(p).say("\n")
        if R.random() < 0.3:
            w.say(f"{R.randint(1, 9):>6}\t").person(p, "gs").say(" <").ent(
                f"{R.randint(1000000, 99999999)}+{handle_of(p)}@users.noreply.github.com", "EMAIL", p.role).say(">\n")


@shape("PR-katselmoinnin kommentit katosivat", "review comments vanished from a pull request",
       "granskningskommentarer försvann i en pull request")
def review_comments(w, ppl):
    a, b, c = others(ppl)[:3]
    w.say("Pull request #").look(str(R.randint(100, 4000)), "pr").say(": ").L("branch").say(" → ").look("main", "main")
    w.say("\n\n").handle(a).say(" requested changes ").look(R.choice(["2 days ago", "yesterday", "3 hours ago"]), "ago")
    w.say("\n  ").look(R.choice(["src/billing/InvoiceService.java", "api/handlers.go", "deploy/values-prod.yaml"]),
                       "file").say(" line ").look(str(R.randint(10, 400)), "lineno").say("\n  > Please don't hardcode "
                                                                                         "the port, see ").L("ticket")
    w.say(". @").handle(b).say(" knows the config better.\n\n").handle(b).say(" commented\n  @").handle(a).say(
        " agreed, moved it to ").L("ns").say(". cc @").handle(ppl["s"]).say("\n\n").handle(c).say(
        " approved these changes\n\n").person(c, "gs").say(" (").handle(c).say(") merged commit ").L("short").say(
        " into ").look("main", "main").say("\n")


@shape("Gerrit ei päästä muutosta läpi", "Gerrit blocks the change", "Gerrit släpper inte igenom ändringen")
def gerrit(w, ppl):
    a, b = others(ppl)[:2]
    w.say("Change ").look(str(R.randint(10000, 99999)), "change").say(" - ").look("Needs Code-Review", "state")
    w.say("\nOwner: ").who(ppl["s"]).say("\nReviewers: ").person(a, "gs").say(", ").person(b, "gs").say(
        "\n\nUploaded patch set ").look(str(R.randint(2, 9)), "ps").say(" by ").who(ppl["s"]).say(".\n\n")
    w.person(a, "gs").say("  Patch Set ").look(str(R.randint(2, 9)), "ps").say(": Code-Review-1\n  (")
    w.look(str(R.randint(1, 6)), "count").say(" comments) Missing test for ").L("class").say("\n\n").person(
        b, "gs").say("  Patch Set 3: Verified+1\n  Build Successful ").look(
        "https://ci.firma.local/job/" + LOOKS["job"]() + "/" + str(R.randint(10, 999)) + "/", "url").say("\n")


@shape("git pushaa väärällä tunnuksella", "git pushes with the wrong identity", "git pushar med fel identitet")
def git_config(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("$ git config --list --show-origin\nfile:/home/").user(s).say("/.gitconfig\tuser.name=").person(a, "gs")
    w.say("\nfile:/home/").user(s).say("/.gitconfig\tuser.email=").mail(a).say(
        "\nfile:/home/").user(s).say("/.gitconfig\tcredential.helper=").look("store", "helper").say(
        "\nfile:.git/config\tremote.origin.url=https://").handle(s).say(":").secret(s, token()).say(
        "@").look(R.choice(["github.com/example/", "git.firma.local/"]) + LOOKS["job"]().split("/")[0] + ".git",
                  "remote").say("\nfile:.git/config\tbranch.main.merge=refs/heads/main\n")


@shape("sovellus kaatuu käynnistyessä", "the app crashes on start", "appen kraschar vid start")
def java_stacktrace(w, ppl):
    s = ppl["s"]
    w.say("Exception in thread \"main\" ").look(R.choice(JAVA_CLASSES), "class").say(": ").say(
        R.choice(["Access is denied", "Connection refused", "File not found"])).say("\n")
    for _ in range(R.randint(3, 5)):
        w.say("\tat ").look(R.choice(JAVA_CLASSES), "frame class").say(".").say(
            R.choice(["run", "load", "init", "call", "sync"])).say("(").look(
            R.choice(["Main.java", "Loader.java", "SyncJob.java", "NativeMethodAccessorImpl.java"]) + ":" +
            str(R.randint(12, 900)), "frame").say(")\n")
    w.say("Caused by: ").look(R.choice(JAVA_CLASSES), "class").say(": C:\\Users\\").user(s).say(R.choice(
        ["\\AppData\\Local\\Temp\\", "\\IdeaProjects\\billing\\target\\", "\\.m2\\repository\\",
         "\\OneDrive - Firma\\"]))
    w.look(R.choice(["cache.lock", "app.properties", "settings.xml", "out.tmp"]), "file").say(" (")
    w.say(R.choice(["Access is denied", "The process cannot access the file"])).say(")\n\tat ").look(
        R.choice(JAVA_CLASSES), "frame class").say(
        ".open(Native Method)\n\nJava: ").look(fill("21.0.{1}+{1}"), "java version").say(" (").look(
        R.choice(["Eclipse Adoptium", "Oracle Corporation", "Amazon Corretto"]), "vendor").say(
        ")\nuser.home=C:\\Users\\")
    w.user(s).say("\n")


@shape("python-skripti kaatuu", "a Python script crashes", "ett Python-skript kraschar")
def python_traceback(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("Traceback (most recent call last):\n  File \"/home/").user(s).say("/projects/").L("job").say(
        "/sync.py\", line ").look(str(R.randint(10, 600)), "lineno").say(", in <module>\n    main()\n  File \"/home/")
    w.user(s).say("/.venv/lib/python3.12/site-packages/").look(
        R.choice(["requests/adapters.py", "psycopg2/__init__.py", "ldap3/core/connection.py"]), "file").say(
        "\", line ").look(str(R.randint(10, 900)), "lineno").say(", in connect\n").L("class").say(
        ": could not connect to server ").L("server").say(" (").look(
        f"10.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(2, 60)}", "server-ip").say("), port ").L("port").say(
        "\n\nThe script was copied from /home/")
    w.user(a).say("/bin/ when ").person(a, "gs").say(" left the team.\n")


@shape("Xcode kaatuu", "Xcode keeps crashing", "Xcode kraschar hela tiden")
def macos_crash(w, ppl):
    s = ppl["s"]
    w.say("-------------------------------------\nTranslated Report (Full Report Below)\n"
          "-------------------------------------\n\nProcess:               ").look(
        R.choice(["Xcode", "Microsoft Excel", "Teams", "Docker Desktop"]), "process").say(" [").L("pid").say(
        "]\nPath:                  /Users/").user(s).say("/Applications/").look(
        R.choice(["Xcode.app/Contents/MacOS/Xcode", "Docker.app/Contents/MacOS/Docker"]), "app").say(
        "\nIdentifier:            ").look(R.choice(["com.apple.dt.Xcode", "com.docker.docker"]), "bundle").say(
        "\nVersion:               ").L("version").say("\nUser ID:               ").look(str(R.randint(501, 505)), "uid")
    w.say("\nDate/Time:             ").look(timestamp("sql"), "date").say("\nOS Version:            macOS ").look(
        fill("15.{1} (24{A}{3})"), "os").say("\nAnonymous UUID:        ").look(guid().upper(), "uuid").say(
        "\n\nException Type:        ").L("class").say("\nTermination Reason:    Namespace SIGNAL, Code 11\n\n"
                                                      "Thread 0 Crashed::  Dispatch queue: com.apple.main-thread\n0   ")
    w.look("libobjc.A.dylib", "lib").say("  ").look("0x" + rep("{x}", 12), "addr").say(" objc_release + 16\n")
    w.say("Binary Images: /Users/").user(s).say("/Library/Developer/Xcode/DerivedData/\n")


@shape("Excel kaatuu joka aamu", "Excel crashes every morning", "Excel kraschar varje morgon")
def app_crash_event(w, ppl):
    s = ppl["s"]
    w.say("Log Name:      Application\nSource:        Application Error\nDate:          ").look(
        timestamp(R.choice(["win_fi", "win_en", "win_sv"])), "date").say("\nEvent ID:      ").look("1000", "eventid")
    w.say("\nLevel:         Error\nUser:          ").L("domain").say("\\").user(s).say("\nComputer:      ").L("ws")
    w.say("\nDescription:\nFaulting application name: ").look(R.choice(["EXCEL.EXE", "OUTLOOK.EXE", "ms-teams.exe"]),
                                                              "exe").say(", version: ").L("version")
    module = R.choice(["ntdll.dll", "mso20win32client.dll", "KERNELBASE.dll"])
    w.say("\nFaulting module path: ").look(
        ("C:\\Program Files\\Common Files\\microsoft shared\\ClickToRun\\" if module.startswith("mso") else
         "C:\\Windows\\System32\\") + module, "module path").say("\nFaulting module name: ").look(module, "dll")
    w.say("\nException code: ").look(fill("0xc00000{x}{x}"), "code").say("\nFaulting application path: C:\\Users\\")
    w.user(s).say("\\AppData\\Local\\").look(
        R.choice(["Microsoft\\WindowsApps\\ms-teams.exe", "Programs\\Plugin\\x.exe"]),
                                              "apppath").say("\nReport Id: ").L("guid").say("\n")


@shape("tunnukseni lukkiutuu", "my account keeps locking", "mitt konto låses hela tiden")
def logon_event(w, ppl):
    s, a = ppl["s"], ppl["a"]
    for p, eid in ((s, "4625"), (R.choice([s, a]), "4624")):
        w.say("An account ").say("failed to log on." if eid == "4625" else "was successfully logged on.")
        w.say("\n\nEvent ID: ").look(eid, "eventid").say("   Time: ").look(timestamp("win_en"), "date")
        domain, account = R.choice(WINDOWS_ACCOUNTS + [(LOOKS["domain"](), fill("DC0{1}$"))] * 3)
        builtin = {"SYSTEM": "S-1-5-18", "LOCAL SERVICE": "S-1-5-19", "NETWORK SERVICE": "S-1-5-20"}
        w.say("\nSubject:\n\tSecurity ID:\t\t").look(builtin.get(account) or sid(), "sid-subject").say(
            "\n\tAccount Name:\t\t").look(account, "service account").say("\n\tAccount Domain:\t\t").look(
            domain, "account domain").say("\n\tLogon ID:\t\t").L("logonid").say("\n\nLogon Type:\t\t\t").look(
            R.choice(["3", "10", "2", "7"]), "logontype")
        w.say("\n\nAccount For Which Logon Failed:\n" if eid == "4625" else "\n\nNew Logon:\n")
        w.say("\tSecurity ID:\t\t").L("sid").say("\n\tAccount Name:\t\t").user(p).say("\n\tAccount Domain:\t\t").L(
            "domain").say("\n\nNetwork Information:\n\tWorkstation Name:\t").L("ws").say(
            "\n\tSource Network Address:\t").ip(p).say("\n\tSource Port:\t\t").L("sport")
        if eid == "4625":
            w.say("\n\nFailure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t")
            w.look("0xC000006D", "status").say("\n\tSub Status:\t\t").look("0xC000006A", "substatus")
        w.say("\n\n")


@shape("uusi tunnus luotiin väärillä tiedoilla", "a new account was created with the wrong details",
       "ett nytt konto skapades med fel uppgifter")
def account_created_event(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("Event 4720, Microsoft-Windows-Security-Auditing\nA user account was created.\n\nSubject:\n"
          "\tSecurity ID:\t").L("sid").say("\n\tAccount Name:\tadm-").user(a).say("\n\tAccount Domain:\t").L(
        "domain").say("\n\tLogon ID:\t").L("logonid").say("\n\nNew Account:\n\tSecurity ID:\t").L("sid").say(
        "\n\tAccount Name:\t").user(s).say("\n\tAccount Domain:\t").L("domain").say(
        "\n\nAttributes:\n\tSAM Account Name:\t").user(s).say("\n\tDisplay Name:\t\t").person(s, "gs").say(
        "\n\tUser Principal Name:\t").mail(s).say("\n\tHome Directory:\t\t\\\\").L("server").say("\\home$\\").user(s)
    w.say("\n\tPrimary Group ID:\t").look("513", "gid").say("\n\tUser Account Control:\t").look("%%2080", "uac")
    w.say("\n\n(Luonut/Created by ").person(a, "gs").say(")\n")


def ad_user_list(w, p, manager):
    w.say("DistinguishedName : CN=").person(p, "gs").say(",OU=").look(
        R.choice(["Users", "Staff", "Helsinki", "Developers", "Kontor"]), "ou").say(",DC=firma,DC=local\n")
    w.say("DisplayName       : ").person(p, "gs").say("\nGivenName         : ").name(p.given, p.role).say(
        "\nSurname           : ").name(p.surname, p.role).say("\nName              : ").person(p, "gs").say(
        "\nSamAccountName    : ").user(p).say("\nUserPrincipalName : ").mail(p).say(
        "\ntelephoneNumber   : ").phone(p).say("\nmobile            : ").phone(p).say(
        "\nManager           : CN=").person(manager, "gs").say(
        ",OU=Users,DC=firma,DC=local\nEnabled           : ").look(
        R.choice(["True", "False"]), "bool").say("\nObjectGUID        : ").L("guid").say("\nSID               : ").L(
        "sid").say("\nLastLogonDate     : ").look(timestamp("win_fi"), "date").say("\n\n")


@shape("hakemiston tiedot ovat väärin", "the directory has the wrong details", "katalogen har fel uppgifter")
def get_aduser_list(w, ppl):
    w.say("PS C:\\> Get-ADUser -Filter \"Department -eq '").look(
        R.choice(["Talous", "Finance", "Ekonomi", "IT", "Myynti"]), "dept").say(
        "'\" -Properties DisplayName,telephoneNumber,mobile,Manager | Format-List\n\n")
    people = some(ppl, R.randint(2, 3))
    for p in people:
        ad_user_list(w, p, R.choice([q for q in others(ppl) if q is not p]))


@shape("puhelinnumerot puuttuvat listasta", "phone numbers are missing from the list", "telefonnummer saknas i listan")
def get_aduser_table(w, ppl):
    w.say("PS C:\\> Get-ADUser -Filter * -SearchBase \"OU=").look(R.choice(["Staff", "Users", "Kontor"]), "ou").say(
        ",DC=firma,DC=local\" -Properties telephoneNumber,mobile | ft Name,SamAccountName,telephoneNumber,mobile\n\n")
    w.say("Name                    SamAccountName  telephoneNumber     mobile\n"
          "----                    --------------  ---------------     ------\n")
    for p in some(ppl, R.randint(4, 6)):
        start = len(w.m.text)
        w.person(p, "gs")
        w.say(" " * max(1, 24 - (len(w.m.text) - start))).user(p)
        w.say(" " * max(1, 16 - len(DRAW.login_of(p))))
        start = len(w.m.text)
        if R.random() < 0.85:
            w.phone(p)
        w.say(" " * max(1, 20 - (len(w.m.text) - start)))
        if R.random() < 0.8:
            w.phone(p)
        w.say("\n")


@shape("ssh-kirjautuminen ei onnistu", "ssh login fails", "ssh-inloggningen misslyckas")
def auth_log(w, ppl):
    s, a, b = ppl["s"], ppl["a"], ppl["b"]
    host = LOOKS["server"]()

    def head(proc):
        w.look(timestamp("syslog"), "time").say(" ").look(host, "host").say(f" {proc}[").L("pid").say("]: ")

    head("sshd")
    w.say("Server listening on ").look(R.choice(["0.0.0.0", "::", "127.0.0.1"]), "listen-ip").say(" port ").look(
        "22", "sshport").say(".\n")
    head("sshd")
    w.say("Accepted publickey for ").user(a).say(" from ").ip(a).say(" port ").L("sport").say(" ssh2: ED25519 ")
    w.look("SHA256:" + rep("{b}", 43).replace("/", "x"), "fingerprint").say("\n")
    head("sshd")
    w.say("Failed password for ").user(s).say(" from ").ip(s).say(" port ").L("sport").say(" ssh2\n")
    head("sudo")
    w.say("   ").user(b).say(" : TTY=pts/").look(str(R.randint(0, 9)), "tty").say(" ; PWD=/home/").user(b).say(
        " ; USER=").look("root", "svc-root").say(" ; COMMAND=/usr/sbin/usermod -aG ").L("group").say(" ").user(s)
    w.say("\n")
    head("usermod")
    w.say("add '").user(s).say("' to group '").L("group").say("'\n")
    head("useradd")
    w.say("new user: name=").user(s).say(", UID=").look(str(R.randint(1001, 1999)), "uid").say(", GID=").look(
        str(R.randint(1001, 1999)), "gid").say(", home=/home/").user(s).say(", shell=/bin/bash, from=/dev/pts/")
    w.look(str(R.randint(0, 9)), "tty").say("\n")
    head("sshd")
    w.say("pam_unix(sshd:session): session opened for user ").L("svc").say("(uid=0) by (uid=0)\n")


@shape("cron-ajo lähettää virhepostia", "a cron job keeps mailing errors", "ett cron-jobb skickar felmejl")
def cron_mail(w, ppl):
    s, a = ppl["s"], ppl["a"]
    host = LOOKS["server"]()
    w.say("$ crontab -l\n# omistaja / owner: ").person(a, "gs").say(" ").phone(a).say("\nMAILTO=").mail(s).say("\n")
    w.look(LOOKS["cron"](), "cron").say(" /home/").user(s).say("/bin/").look(
        R.choice(["backup.sh", "sync-ldap.py", "raportti.sh"]), "script").say(" >> /home/").user(s).say(
        "/logs/cron.log 2>&1\n\n--- mail ---\nFrom: ").look("root@" + host, "cron-from").say(" (Cron Daemon)\nTo: ")
    w.user(s).say("\nSubject: Cron <").user(s).say("@").look(host, "host").say("> /home/").user(s).say(
        "/bin/backup.sh\nDate: ").look(timestamp("cron"), "date").say("\n\nrsync: ").look(
        "[sender]", "rsync").say(" send_files failed to open \"/srv/share/").look(
        R.choice(["hr", "talous", "ekonomi"]), "share").say("\": Permission denied (13)\n")


CUSTOMER_COLS = ["id", "first_name", "last_name", "email", "phone", "city"]
CITIES = ["Tampere", "Oulu", "Vaasa", "Göteborg", "Malmö", "Leeds", "Turku", "Kuopio", "Umeå", "Tallinn"]


@shape("tuotantokannasta tuli dumppi testiin", "a production dump ended up in test",
       "en produktionsdump hamnade i test")
def sql_insert(w, ppl):
    w.say("-- Dumped from database version ").L("version").say("\nINSERT INTO ").look(
        R.choice(["customers", "asiakkaat", "kunder", "public.app_user"]), "table").say(
        " (id, first_name, last_name, email, phone, city) VALUES\n")
    rows = some(ppl, R.randint(4, 6))
    for k, p in enumerate(rows):
        w.say("(").look(str(R.randint(1000, 99999)), "rowid").say(", '").name(p.given, p.role).say("', '").name(
            p.surname, p.role).say("', '").mail(p).say("', '").phone(p, R.choice(["e164", None])).say("', '").look(
            R.choice(CITIES), "city").say("')" + (",\n" if k < len(rows) - 1 else ";\n"))


@shape("raportin haku palauttaa vääriä rivejä", "a report query returns the wrong rows",
       "en rapportfråga returnerar fel rader")
def psql_table(w, ppl):
    w.say("appdb=> SELECT id, first_name, last_name, email, phone FROM ").look(
        R.choice(["customers", "users", "asiakas"]), "table").say(" WHERE created > '").look(
        timestamp("day"), "date").say("';\n  id   | first_name | last_name | email | phone\n-------+------------+"
                                      "-----------+-------+-------\n")
    rows = some(ppl, R.randint(3, 5))
    for p in rows:
        w.say(" ").look(str(R.randint(10000, 99999)), "rowid").say(" | ").name(p.given, p.role).say(" | ").name(
            p.surname, p.role).say(" | ").mail(p).say(" | ").phone(p).say("\n")
    w.say("(").look(f"{len(rows)} rows", "rows").say(")\n")


def birth_year():
    year = R.randint(1958, 2004)
    return ("-" if year < 2000 else "A"), year % 100


@shape("palkkajärjestelmän tiedot näkyvät testikannassa", "payroll records show up in the test database",
       "lönesystemets uppgifter syns i testdatabasen")
def psql_expanded(w, ppl):
    w.say("hr=> \\x\nExpanded display is on.\nhr=> SELECT * FROM ").look(
        R.choice(["palkka.henkilo", "payroll.employee", "lon.anstalld"]), "table").say(" WHERE id IN (")
    rows = some(ppl, R.randint(1, 2))
    ids = [str(R.randint(1000, 99999)) for _ in rows]
    for k, value in enumerate(ids):
        w.say(", " if k else "").look(value, "rowid")
    w.say(");\n")
    for k, (p, value) in enumerate(zip(rows, ids)):
        w.say(f"-[ RECORD {k + 1} ]--+-------------------------\nid             | ").look(value, "rowid")
        w.say("\netunimi        | ").name(p.given, p.role).say("\nsukunimi       | ").name(p.surname, p.role)
        w.say("\nhenkilotunnus  | ")
        if p.origin in ("fi", "sv"):
            w.ent(identifiers.hetu(R, birth_year), "NATIONAL_ID", p.role)
        w.say("\ntilinumero     | ").ent(identifiers.written_iban(R), "IBAN", p.role).say(
            "\nsahkoposti     | ").mail(p).say("\npuhelin        | ").phone(p).say("\nesihenkilo     | ").person(
            R.choice([q for q in others(ppl) if q is not p]), "gs").say("\nkustannuspaikka| ").look(
            fill("KP{4}"), "costcentre").say("\n")


@shape("MySQL-haku näyttää vanhoja tunnuksia", "a MySQL query shows old accounts",
       "en MySQL-fråga visar gamla konton")
def mysql_table(w, ppl):
    w.say("mysql> SELECT user_id, login, full_name, mobile FROM ").look(
        R.choice(["crm.contacts", "intra.staff", "hr.person"]), "table").say(" LIMIT 5;\n")
    border = "+---------+--------------+--------------------------+------------------+\n"
    w.say(border + "| user_id | login        | full_name                | mobile           |\n" + border)
    rows = some(ppl, R.randint(3, 5))
    for p in rows:
        w.say("| ").look(str(R.randint(100, 9999)), "rowid").say(" | ").user(p).say(" | ").person(p, "gs").say(
            " | ").phone(p).say(" |\n")
    w.say(border).look(f"{len(rows)} rows in set (0.0{R.randint(0, 9)} sec)", "rows").say("\n")


@shape("Excelistä kopioitu lista ei mene tuontiin", "a list pasted from Excel won't import",
       "en lista från Excel går inte att importera")
def excel_tsv(w, ppl):
    head = {"fi": "Etunimi\tSukunimi\tSähköposti\tPuhelin\tOsasto\n", "en": "First name\tLast name\tEmail\tPhone\t"
            "Department\n", "sv": "Förnamn\tEfternamn\tE-post\tTelefon\tAvdelning\n"}[w.language]
    w.say(head)
    for p in some(ppl, R.randint(4, 6)):
        w.name(p.given, p.role).say("\t").name(p.surname, p.role).say("\t").mail(p).say("\t").phone(p).say("\t").look(
            R.choice(["Talous", "IT", "HR", "Myynti", "Ekonomi", "Lager", "Finance"]), "dept").say("\n")


@shape("auditointiloki näyttää outoja latauksia", "the audit log shows odd downloads",
       "granskningsloggen visar konstiga nedladdningar")
def o365_audit(w, ppl):
    w.say("CreationDate,UserIds,Operations,AuditData\n")
    for p in some(ppl, R.randint(3, 4)):
        w.look(timestamp("o365"), "date").say(",").mail(p).say(",").look(
            R.choice(["FileDownloaded", "MailItemsAccessed", "UserLoggedIn", "FileAccessed", "Set-Mailbox"]), "op")
        w.say(',"{""CreationTime"":""').look(timestamp("iso"), "date").say('"",""Id"":""').L("guid").say(
            '"",""Operation"":""FileDownloaded"",""OrganizationId"":""').L("guid").say('"",""UserId"":""').mail(p)
        w.say('"",""ClientIP"":""').ip(p).say('"",""SourceFileName"":""').look(
            R.choice(["Budjetti_2027.xlsx", "palkat.csv", "Q3-report.pptx", "avtal.docx"]), "filename").say('""}"\n')


@shape("deployment ei käynnisty", "the deployment won't start", "deploymenten startar inte")
def k8s_yaml(w, ppl):
    a, b = ppl["a"], ppl["b"]
    w.say("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").L("job").say("\n  namespace: ").L("ns")
    w.say("\n  labels:\n    app.kubernetes.io/version: \"").L("version").say("\"\n    team: ").L("ns").say(
        "\n  annotations:\n    owner: ").mail(a).say("\n    contact: \"").person(a, "gs").say(
        "\"\n    oncall-phone: \"").phone(a, "e164").say("\"\n    firma.fi/escalation: ").mail(b).say(
        "\nspec:\n  replicas: ").look(str(R.randint(1, 6)), "replicas").say(
        "\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ").L("image").say(
        "\n          ports:\n            - containerPort: ").L("port").say("\n")


@shape("Helm-kaavion julkaisu epäonnistuu", "the Helm chart release fails", "Helm-diagrammets release misslyckas")
def helm_chart(w, ppl):
    w.say("# Chart.yaml\napiVersion: v2\nname: ").L("job").say("\nversion: ").L("version").say(
        "\nappVersion: \"").L("version").say("\"\nmaintainers:\n")
    for p in some(ppl, R.randint(2, 3)):
        w.say("  - name: ").person(p, "gs").say("\n    email: ").mail(p).say("\n")
    w.say("\n$ helm upgrade --install ").L("job").say(" . -n ").L("ns").say("\nError: UPGRADE FAILED: ").say(
        "another operation (install/upgrade/rollback) is in progress\n")


@shape("Jenkins-ajo kaatuu", "the Jenkins job fails", "Jenkins-jobbet misslyckas")
def jenkins_log(w, ppl):
    s, a = ppl["s"], ppl["a"]
    starter = R.choice([s, a])
    w.look(R.choice(["Jenkins", "Hudson"]), "product").say(" ").look(fill("2.4{2}.{1}"), "version").say(
        "\nStarted by user ").person(starter, "gs").say("\nRunning as ").look("SYSTEM", "svc-system").say(
        "\nBuild ").L("build").say(
        "\nBuilding in workspace /var/lib/jenkins/workspace/").L("job").say(
        "\n[Pipeline] Start of Pipeline\n[Pipeline] "
                                                                             "node\nRunning on ").L("server").say(
        " in /srv/jenkins/workspace\n > git rev-parse --resolve-git-dir /srv/jenkins/workspace/.git # timeout=10\n"
        "Checking out Revision ").L("hash").say(" (").L("branch").say(")\nCommit message: \"").L("ticket").say(
        " fix\"\n[Pipeline] sh\n+ curl -sf -u ").user(starter).say(":").secret(starter).say(" https://").look(
        "nexus01.firma.local/repository/releases/", "nexusurl").say("\ncurl: (22) The requested URL returned error: ")
    w.L("status").say("\n[Pipeline] End of Pipeline\nERROR: script returned exit code 22\nNotified: ").person(
        a, "gs").say(", ").person(ppl["b"], "gs").say("\nFinished: ").look("FAILURE", "result").say("\n")


@shape("GitHub Actions -ajo epäonnistuu", "a GitHub Actions run fails", "en GitHub Actions-körning misslyckas")
def gha_log(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("Run #").look(str(R.randint(100, 9999)), "run").say(" · ").L("branch").say(" · triggered by ").handle(s)
    w.say("\nRe-run requested by ").handle(a).say("\n\n").look(timestamp("isoms"), "time").say(
        " Current runner version: '").look(fill("2.3{2}.{1}"), "runner").say("'\n").look(
        timestamp("isoms"), "time").say(
        " Run actions/checkout@v4\n").look(timestamp("isoms"), "time").say(" env:\n  GITHUB_ACTOR: ").handle(s)
    w.say("\n  DEPLOY_OWNER: ").mail(a).say("\n").look(timestamp("isoms"), "time").say(" ##[error]Process completed "
                                                                                        "with exit code ").look(
        str(R.choice([1, 2, 127, 137])), "exit").say(".\n")


@shape("Jira-tiketit siirtyivät väärälle henkilölle", "Jira issues moved to the wrong person",
       "Jira-ärenden flyttades till fel person")
def jira_export(w, ppl):
    s, a, b, c = ppl["s"], ppl["a"], ppl["b"], ppl["c"]
    w.say("[").L("ticket").say("] ").say(R.choice(["Login loop in portal", "VPN drops", "Tulostin ei tulosta"])).say(
        "\nStatus: ").look(R.choice(["In Progress", "Open", "Waiting for support"]), "status").say(
        "    Priority: ").look(R.choice(["High", "Medium", "P2"]), "prio").say("\nReporter: ").person(s, "gs").say(
        "\nAssignee: ").person(a, "gs").say("\nWatchers: ").person(b, "gs").say(", ").person(c, "gs").say(
        "\nCreated: ").look(timestamp("sql"), "date").say("\n\nComments\n").person(a, "gs").say(" - ").look(
        timestamp("dayfi"), "date").say("\n  [~").handle(b).say("] voitko katsoa? Soita ").phone(b).say(
        "\n").person(b, "gs").say(" - ").look(timestamp("dayfi"), "date").say("\n  Reassigned to [~").handle(
        c).say("], cc ").mail(s).say("\n")


@shape("GitLab-issue näyttää oudot muutokset", "the GitLab issue history looks odd",
       "GitLab-ärendets historik ser konstig ut")
def gitlab_issue(w, ppl):
    s, a, b = ppl["s"], ppl["a"], ppl["b"]
    w.say("#").look(str(R.randint(10, 2000)), "issue").say(" ").say(R.choice(["Pipeline timeout", "Runner offline"]))
    w.say("\nOpened ").look(R.choice(["2 weeks ago", "3 days ago"]), "ago").say(" by ").person(s, "gs").say(" @")
    w.handle(s).say("\n\n").person(a, "gs").say(" @").handle(a).say(" assigned to @").handle(b).say(" · ").look(
        R.choice(["1 day ago", "5 hours ago"]), "ago").say("\n").person(b, "gs").say(" @").handle(b).say(
        " changed milestone to %").look(fill("2026.{2}"), "milestone").say("\n").person(b, "gs").say(" @").handle(
        b).say(" mentioned in merge request !").look(str(R.randint(10, 999)), "mr").say("\n")


@shape("tililtäni tuli tietoturvahälytys", "I got a security alert on my account",
       "jag fick ett säkerhetslarm om mitt konto")
def siem_alert(w, ppl):
    s = ppl["s"]
    w.say("{\n  \"AlertName\": \"").look(R.choice(["Impossible travel", "Unfamiliar sign-in properties",
                                                   "Mass download by a single user"]), "alert").say(
        "\",\n  \"Severity\": \"").look(R.choice(["Medium", "High"]), "severity").say(
        "\",\n  \"SystemAlertId\": \"").L("guid").say("\",\n  \"Entities\": [\n    {\"Type\": \"account\", "
                                                        "\"Name\": \"").user(s).say("\", \"UPNSuffix\": \"").look(
        R.choice(ORG_DOMAINS), "domain-upn").say("\", \"DisplayName\": \"").person(s, "gs").say(
        "\", \"AadUserId\": \"").L("guid").say("\"},\n    {\"Type\": \"ip\", \"Address\": \"").ip(s).say(
        "\"},\n    {\"Type\": \"host\", \"HostName\": \"").L("ws").say("\"}\n  ],\n  \"TimeGenerated\": \"").look(
        timestamp("isoms"), "time").say("\",\n  \"MfaPhone\": \"").phone(s, "e164").say("\"\n}\n")


@shape("puhelimeni ei näy laitehallinnassa", "my phone is missing from device management",
       "min telefon syns inte i enhetshanteringen")
def mdm_inventory(w, ppl):
    w.say("Device name\tPrimary user UPN\tPhone number\tOS\tSerial number\tIMEI\tLast check-in\n")
    for p in some(ppl, R.randint(3, 5)):
        w.look(R.choice(["iPhone", "Galaxy-S24", "Pixel-9", "iPad"]) + fill("-{4}"), "device").say("\t").mail(p).say(
            "\t").phone(p, R.choice(["e164", None])).say("\t").look(
            R.choice(["iOS 18.1", "Android 15", "iPadOS 18.0"]), "os").say("\t").L("serial").say("\t").imei(
            p).say("\t").look(timestamp("win_fi"), "date").say("\n")


@shape("tulostusjono jumittaa", "the print queue is stuck", "utskriftskön har fastnat")
def printer_log(w, ppl):
    for p in some(ppl, R.randint(3, 5)):
        w.look(timestamp("sql"), "time").say(" ").look(R.choice(["PaperCut", "cupsd", "spooler"]), "spooler").say(
            ": Job ").look(str(R.randint(100, 99999)), "jobid").say(" by ").user(p).say(" on ").L("printer").say(
            ": ").look(R.choice(["3 pages", "12 pages, duplex", "1 page, colour"]), "pages").say(" - ").look(
            R.choice(["held", "printed", "cancelled", "error: paper jam"]), "jobstate").say("\n")
    w.say("Release station: ").look(fill("RS-{3}"), "station").say(", card holder ").person(ppl["s"], "gs").say("\n")


@shape("VPN katkeaa", "the VPN drops", "VPN:en kopplar ner")
def vpn_log(w, ppl):
    s, a = ppl["s"], ppl["a"]
    for p in (s, a, s):
        w.look(timestamp("syslog"), "time").say(" ").look("vpn-gw01", "host").say(" : %ASA-").look(
            R.choice(["4-722051", "6-113039", "5-722037"]), "asa").say(": Group <").L("group").say("> User <").user(
            p).say("> IP <").ip(p).say("> ").say(R.choice(["IPv4 Address <", "Address assignment <"])).ip(
            p, f"10.{R.randint(200, 250)}.{R.randint(0, 9)}.{R.randint(2, 250)}").say("> assigned to session\n")
    w.look(timestamp("sql"), "time").say(" openvpn[").L("pid").say("]: ").user(a).say("/").ip(a).say(":").L(
        "sport").say(" MULTI: Learn: ").ip(a, "10.8.0." + str(R.randint(2, 250))).say(" -> ").user(a).say(
        "/").ip(a).say(":").L("sport").say("\n")


@shape("Wi-Fi ei päästä sisään", "Wi-Fi won't let me in", "wifi släpper inte in mig")
def radius_log(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.look(timestamp("syslog"), "time").say(" : Auth: (").look(str(R.randint(100, 99999)), "reqid").say(
        ") Login incorrect (mschap: MS-CHAP2-Response is incorrect): [").user(s).say("/").secret(s).say(
        "] (from client ").look(R.choice(["wlc01", "ap-3krs", "wlc-branch"]), "client").say(" port ").look(
        str(R.randint(0, 9)), "rport").say(" cli ").L("mac").say(")\n")
    w.look(timestamp("syslog"), "time").say(" : Auth: (").look(str(R.randint(100, 99999)), "reqid").say(
        ") Login OK: [").user(a).say("] (from client ").look("wlc01", "client").say(" port 0 cli ").L("mac").say(
        ")\n")


@shape("MATLAB-lisenssi ei riitä", "there are no MATLAB licences left", "MATLAB-licenserna räcker inte")
def flexlm_log(w, ppl):
    host = LOOKS["ws"]()
    for p in some(ppl, R.randint(3, 5)):
        op = R.choice(["OUT", "IN", "DENIED"])
        w.look(timestamp("flexlm"), "time").say(" (").look(R.choice(["MLM", "lmgrd", "adskflex"]), "daemon").say(
            f") {op}: \"").L("license").say("\" ").user(p).say("@").look(host, "host")
        w.say("  (Licensed number of users already reached. (-4,342))\n" if op == "DENIED" else "\n")
    w.say("\n$ lmutil lmstat -a -c ").look("27000@lic01", "licsrv").say("\nUsers of ").L("license").say(
        ":  (Total of ").look(str(R.randint(5, 50)), "total").say(" licenses issued)\n")
    for p in some(ppl, 2):
        w.say("    ").user(p).say(" ").L("ws").say(" ").L("ws").say(" (v").look(fill("{2}"), "lver").say(
            ") (lic01/27000 ").look(str(R.randint(100, 9999)), "handle").say("), start ").look(
            timestamp("last"), "date").say("\n")


@shape("sisäinen portaali antaa 403-virheen", "the intranet portal gives a 403", "intranätet ger 403")
def apache_access(w, ppl):
    for p in some(ppl, R.randint(3, 5)):
        w.ip(p).say(" - ").user(p).say(" [").look(timestamp("clf"), "time").say("] \"").look(
            R.choice(["GET /hr/palkat/ HTTP/1.1", "POST /api/v2/login HTTP/2.0", "GET /intranet/ HTTP/1.1"]),
            "request").say("\" ").L("status").say(" ").look(str(R.randint(0, 90000)), "bytes").say(" \"-\" \"").look(
            R.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.5.0", "python-requests/2.32.3"]),
            "agent").say("\"\n")


@shape("Ansible-ajo loi tunnukset väärin", "the Ansible run created the accounts wrong",
       "Ansible-körningen skapade kontona fel")
def ansible_output(w, ppl):
    w.say("PLAY [").look(R.choice(["users", "baseline", "bastion"]), "play").say("] ***\n\nTASK [users : create "
                                                                                 "accounts] ***\n")
    for p in some(ppl, R.randint(3, 4)):
        w.say(R.choice(["changed", "ok"]) + ": [").L("server").say("] => (item={'name': '").user(p).say(
            "', 'comment': '").person(p, "gs").say("', 'groups': '").L("group").say("'})\n")
    w.say("\nPLAY RECAP ***\n").L("server").say("  : ok=").look(str(R.randint(3, 30)), "ok").say(
        "  changed=").look(str(R.randint(1, 9)), "changed").say("  failed=0\n")


@shape("palvelimen kuorma on korkea", "the server load is high", "serverns last är hög")
def ps_aux(w, ppl):
    w.say("$ ps aux --sort=-%cpu | head\nUSER         PID %CPU %MEM COMMAND\n")
    rows = [("svc", None)] * 2 + [("user", p) for p in some(ppl, R.randint(3, 4))]
    R.shuffle(rows)
    for kind, p in rows:
        start = len(w.m.text)
        if p:
            w.user(p)
        else:
            w.L("svc")
        w.say(" " * max(1, 12 - (len(w.m.text) - start))).L("pid").say(f" {R.randint(0, 99)}.{R.randint(0, 9)}  "
                                                                        f"{R.randint(0, 30)}.{R.randint(0, 9)} ")
        w.say(R.choice(["python3 sync.py", "/usr/bin/rsync -a", "java -jar app.jar", "matlab -nodesktop", "vim"]))
        w.say("\n")


@shape("joku on kirjautuneena palvelimelle", "someone is logged in on the server", "någon är inloggad på servern")
def last_output(w, ppl):
    w.say("$ last -n ").look(str(R.randint(5, 9)), "count").say("\n")
    for p in some(ppl, R.randint(3, 5)):
        w.user(p).say("   pts/").look(str(R.randint(0, 9)), "tty").say("   ").ip(p).say("   ").look(
            timestamp("last"), "date").say(R.choice(["   still logged in", " - 16:40  (02:11)", " - crash"])).say("\n")
    w.look("reboot", "reboot").say("   system boot  ").L("version").say("  ").look(timestamp("last"), "date").say("\n")


@shape("tunnukseni ryhmät ovat väärin", "my account's groups are wrong", "mitt kontos grupper är fel")
def net_user(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("C:\\> net user ").user(s).say(" /domain\nThe request will be processed at a domain controller for domain ")
    w.look("firma.local", "addomain").say(".\n\nUser name                    ").user(s).say(
        "\nFull Name                    ").person(s, "gs").say("\nComment                      Sijainen: ").person(
        a, "gs").say("\nAccount active               ").look("Yes", "yes").say("\nPassword last set            ").look(
        timestamp("win_fi"), "date").say("\nHome directory               \\\\").L("server").say("\\home$\\").user(s)
    w.say("\nLast logon                   ").look(timestamp("win_fi"), "date").say(
        "\n\nLocal Group Memberships      *").L("group").say("\nGlobal Group memberships     *").L("group").say(
        " *").L("group").say("\nThe command completed successfully.\n")


@shape("käyttöoikeudet eivät päivity", "my permissions won't update", "mina behörigheter uppdateras inte")
def whoami_all(w, ppl):
    s = ppl["s"]
    w.say("C:\\> whoami /all\n\nUSER INFORMATION\n----------------\n\nUser Name        SID\n================ ====="
          "=========================================\n").L("domain").say("\\").user(s).say(" ").L("sid").say(
        "\n\nGROUP INFORMATION\n-----------------\n")
    for _ in range(R.randint(3, 5)):
        w.L("domain").say("\\").L("group").say("  Group  ").L("sid").say("  Mandatory group, Enabled\n")
    w.say("\nPRIVILEGES INFORMATION\n").look("SeChangeNotifyPrivilege", "priv").say(" Enabled\n")


@shape("kirjautumisloki näyttää ulkomaisen IP:n", "the sign-in log shows a foreign IP",
       "inloggningsloggen visar en utländsk IP")
def signin_json(w, ppl):
    s = ppl["s"]
    w.say("{\n  \"id\": \"").L("guid").say("\",\n  \"createdDateTime\": \"").look(timestamp("iso"), "time").say(
        "\",\n  \"userDisplayName\": \"").person(s, "gs").say("\",\n  \"userPrincipalName\": \"").mail(s).say(
        "\",\n  \"userId\": \"").L("guid").say("\",\n  \"appDisplayName\": \"").look(
        R.choice(["Office 365 Exchange Online", "Azure Portal", "Microsoft Teams"]), "app").say(
        "\",\n  \"ipAddress\": \"").ip(s).say("\",\n  \"status\": {\"errorCode\": ").look(
        R.choice(["50126", "50076", "53003", "0"]), "errcode").say("},\n  \"location\": {\"city\": \"").look(
        R.choice(CITIES + ["Lagos", "São Paulo", "Bangkok"]), "city").say("\"}\n}\n")


@shape("virheraportti nimeää asiakkaan", "an error report names a customer", "en felrapport nämner en kund")
def sentry_event(w, ppl):
    a = ppl["a"]
    w.L("class").say("\n").look(R.choice(["billing-api", "asiointi-web", "lager-sync"]), "project").say(
        " · ").look(R.choice(["production", "staging"]), "env").say(" · ").L("version").say("\n\nUser\n  id: ").look(
        str(R.randint(10000, 999999)), "userid").say("\n  username: ").user(a).say("\n  email: ").mail(a).say(
        "\n  ip_address: ").ip(a).say("\n\nBreadcrumbs\n  ").look(timestamp("hm"), "time").say(" http GET /api/")
    w.say(R.choice(["orders", "profile", "invoices"])).say(" [").L("status").say("]\n  ").look(
        timestamp("hm"), "time").say(" ui.click button#save\n\nEvent ID: ").look(rep("{x}", 32), "eventid").say("\n")


@shape("valvonnan hälytys kuitattiin mutta ongelma jatkuu", "the monitoring alert was acked but the problem goes on",
       "övervakningslarmet kvitterades men problemet fortsätter")
def zabbix_alert(w, ppl):
    a, b = ppl["a"], ppl["b"]
    w.say("Problem started at ").look(timestamp("hm"), "time").say(" on ").look(timestamp("day"), "date").say(
        "\nProblem name: ").look(R.choice(["Disk space is low (used > 90%)", "High CPU utilization",
                                           "PostgreSQL: replication lag"]), "problem").say("\nHost: ").L("server").say(
        "\nSeverity: ").look(R.choice(["High", "Average", "Disaster"]), "severity").say("\nOriginal problem ID: ").look(
        str(R.randint(100000, 9999999)), "problemid").say("\n\nAcknowledged by ").person(a, "gs").say(" (").user(
        a).say(") at ").look(timestamp("hm"), "time").say(": ").say(
        {"fi": "siirretään ", "en": "handing over to ", "sv": "lämnar över till "}[w.language]).person(
        b, "gs.all" if w.language == "fi" else "gs").say(", ").phone(b).say("\n")


@shape("Teams-kanavan ilmoitukset tulevat väärälle", "channel notifications go to the wrong person",
       "kanalaviseringarna går till fel person")
def devops_notify(w, ppl):
    a, b, c = ppl["a"], ppl["b"], ppl["c"]
    w.say("Azure DevOps  ").look(timestamp("hm"), "time").say("\n").person(a, "gs").say(" pushed ").look(
        str(R.randint(1, 9)), "count").say(" commits to ").L("branch").say(" in ").L("job").say("\n\nPull request ")
    w.look(str(R.randint(100, 9999)), "pr").say(" created by ").person(b, "gs").say("\nReviewers: ").person(
        c, "gs").say(", ").person(a, "gs").say(", ").look("[Payments]\\Payments Team", "teamname").say(
        "\nBuild ").look(fill("2026{4}.{1}"), "buildno").say(" failed · requested for ").person(b, "gs").say("\n")


@shape("paketin metatiedot vuotavat yhteystietoja", "the package metadata leaks contact details",
       "paketets metadata läcker kontaktuppgifter")
def package_json(w, ppl):
    a, b, c = ppl["a"], ppl["b"], ppl["c"]
    w.say("{\n  \"name\": \"@firma/").look(R.choice(["ui-kit", "auth-client", "lager-sdk"]), "pkg").say(
        "\",\n  \"version\": \"").L("version").say("\",\n  \"author\": \"").who(a).say(" (https://").look(
        "firma.example.fi", "site").say(")\",\n  \"contributors\": [\n    \"").who(b).say("\",\n    {\"name\": \"")
    w.person(c, "gs").say("\", \"email\": \"").mail(c).say("\"}\n  ],\n  \"license\": \"").look(
        R.choice(["MIT", "UNLICENSED", "Apache-2.0"]), "licence").say("\"\n}\n")


@shape("Maven-julkaisu hylättiin", "the Maven release was rejected", "Maven-releasen avvisades")
def pom_developers(w, ppl):
    w.say("<developers>\n")
    for p in some(ppl, R.randint(2, 3)):
        w.say("  <developer>\n    <id>").user(p).say("</id>\n    <name>").person(p, "gs").say(
            "</name>\n    <email>").mail(p).say("</email>\n    <organization>").look(
            R.choice(["Firma Oy", "Bolaget AB", "Konserni Oyj"]), "org").say("</organization>\n  </developer>\n")
    w.say("</developers>\n[ERROR] Failed to deploy artifacts: ").L("status").say(" ").L("version").say("\n")


@shape("CODEOWNERS-säännöt eivät toimi", "the CODEOWNERS rules don't work", "CODEOWNERS-reglerna fungerar inte")
def codeowners(w, ppl):
    a, b, c = ppl["a"], ppl["b"], ppl["c"]
    w.say("# CODEOWNERS – maintained by ").who(a).say("\n").look("/src/billing/", "cpath").say(" @").handle(a).say(
        " @").handle(b).say("\n").look("/deploy/", "cpath").say(" @").look("firma/platform", "ghteam").say(" @").handle(
        c).say("\n").look("*.sql", "cpath").say(" @").handle(b).say("\n")


@shape("ssh-avain ei kelpaa", "my ssh key is rejected", "min ssh-nyckel godtas inte")
def authorized_keys(w, ppl):
    s = ppl["s"]
    w.say("$ cat /home/").user(s).say("/.ssh/authorized_keys\n")
    for p in (s, ppl["a"]):
        w.look("ssh-ed25519", "keytype").say(" ").look("AAAAC3NzaC1lZDI1NTE5AAAAI" + rep("{b}", 43).replace("/", "z"),
                                                       "pubkey").say(" ").user(p).say("@").L("ws").say("\n")
    w.say("$ ssh -v ").user(s).say("@").L("server").say("\ndebug1: Offering public key: /home/").user(s).say(
        "/.ssh/id_ed25519 ED25519 ").look("SHA256:" + rep("{b}", 43).replace("/", "q"), "fingerprint").say("\n")


@shape("viestit eivät mene perille", "mails are not delivered", "mejlen kommer inte fram")
def message_trace(w, ppl):
    s = ppl["s"]
    w.say("PS> Get-MessageTrace -SenderAddress ").mail(s).say(
        " | ft Received,SenderAddress,RecipientAddress,Status\n\nReceived             SenderAddress        "
        "RecipientAddress     Status\n--------             -------------        ----------------     ------\n")
    for p in some(ppl, R.randint(3, 4), with_subject=False):
        w.look(timestamp("win_en"), "date").say(" ").mail(s).say(" ").mail(p).say(" ").look(
            R.choice(["Delivered", "Failed", "FilteredAsSpam", "Pending"]), "mstatus").say("\n")


@shape("skripti ajetaan väärällä tunnuksella", "a script runs under the wrong account",
       "ett skript körs med fel konto")
def ps_transcript(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.say("**********************\nWindows PowerShell transcript start\nStart time: ").look(
        re.sub(r"\D", "", timestamp("sql")), "start").say("\nUsername: ").L("domain").say("\\").user(s).say(
        "\nRunAs User: ").L(
        "domain").say("\\adm-").user(a).say("\nConfiguration Name: \nMachine: ").L("ws").say(" (").look(
        "Microsoft Windows NT 10.0.26100.0", "osver").say(")\nHost Application: ").look(
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "hostapp").say("\nProcess ID: ").L("pid")
    w.say("\nTranscript file: ").look(
        r"\\fs01\Logs$\PowerShell\PowerShell_transcript." + fill("{8}.{A}{a}{A}{1}{a}{A}{a}") + ".txt",
        "transcript").say(
        "\n**********************\nPS C:\\Users\\").user(s).say(
        "> .\\Sync-Users.ps1\nWARNING: ").L("error").say("\n")


@shape("kontin ympäristömuuttujat näkyvät lokissa", "container env vars show in a log",
       "containerns miljövariabler syns i loggen")
def compose_env(w, ppl):
    a = ppl["a"]
    w.say("# docker-compose.yml (").person(a, "gs").say(", ").mail(a).say(")\nservices:\n  db:\n    image: ").L(
        "image").say("\n    environment:\n      POSTGRES_USER: ").user(a).say("\n      POSTGRES_PASSWORD: ").secret(a)
    w.say("\n  backup:\n    environment:\n      BACKUP_USER: ").L("svc").say("\n      BACKUP_PASSWORD: ").secret(a)
    w.say("\n    ports:\n      - \"").L("port").say(":").L("port").say("\"\n")


@shape("päivystysilmoitus meni väärälle", "the on-call page went to the wrong person",
       "jourlarmet gick till fel person")
def oncall_bot(w, ppl):
    a, b = ppl["a"], ppl["b"]
    w.look(R.choice(["PagerDuty", "Opsgenie"]), "bot").say(" APP  ").look(timestamp("hm"), "time").say(
        "\nIncident #").look(str(R.randint(1000, 99999)), "incident").say(" triggered: ").look(
        R.choice(["[FIRING:1] HighErrorRate api", "Disk full on db-prod-01", "Certificate expires in 3 days"]),
        "incident-title").say("\nAssigned to: ").person(a, "gs").say("\nEscalation policy: ").look(
        R.choice(["Platform 24/7", "DBA on-call"]), "policy").say("\n").look(timestamp("hm"), "time").say(
        " Acknowledged by ").person(b, "gs").say("\nOn-call now: ").person(b, "gs").say(" (").phone(b).say(
        "), next: ").person(a, "gs").say(" (").phone(a).say(")\n")


@shape("salasanaholvin jako ei näy", "a shared vault item doesn't show", "ett delat valv-objekt syns inte")
def vault_share(w, ppl):
    s, a = ppl["s"], ppl["a"]
    w.look(R.choice(["Bitwarden", "1Password", "Keeper"]), "pwman").say("\n\n").person(a, "gs").say(" (").mail(
        a).say(") shared the item \"").look(R.choice(["Palomuuri admin", "VPN pre-shared key", "Wi-Fi Vieraat",
                                                      "AWS root"]), "item").say("\" with you.\nCollection: ").look(
        R.choice(["IT-tuki", "Platform", "Ekonomi"]), "collection").say("\nShared with: ").person(s, "gs").say(
        " (").mail(s).say("), ").person(ppl["b"], "gs").say("\n\nThis invitation expires ").look(
        timestamp("day"), "date").say(".\n")


@shape("Slack-botti postaa henkilötietoja", "a Slack bot posts personal data", "en Slack-bot postar personuppgifter")
def slack_bot(w, ppl):
    a, b = ppl["a"], ppl["b"]
    w.look(R.choice(["Jira Cloud", "GitHub", "Deploy Bot", "HR-bot"]), "botname").say(" APP  ").look(
        timestamp("hm"), "time").say("\n").person(a, "gs").say(" transitioned ").L("ticket").say(" from ").look(
        "To Do", "from").say(" to ").look("In Review", "to").say("\nAssignee: @").person(b, "g").say(" ").person(
        b, "s").say("\n:rocket: Deployed ").L("version").say(" to ").look(R.choice(["prod", "staging"]), "env").say(
        " by ").handle(a).say("\nNew joiner: ").person(ppl["c"], "gs").say(", ").mail(ppl["c"]).say(", ").phone(
        ppl["c"]).say("\n")


# ---------------------------------------------------------------------------------------------------------------------

SHAPES = [git_log, git_log_format, git_blame, git_shortlog, review_comments, gerrit, git_config, java_stacktrace,
          python_traceback, macos_crash, app_crash_event, logon_event, account_created_event, get_aduser_list,
          get_aduser_table, auth_log, cron_mail, sql_insert, psql_table, psql_expanded, mysql_table, excel_tsv,
          o365_audit, k8s_yaml, helm_chart, jenkins_log, gha_log, jira_export, gitlab_issue, siem_alert, mdm_inventory,
          printer_log, vpn_log, radius_log, flexlm_log, apache_access, ansible_output, ps_aux, last_output, net_user,
          whoami_all, signin_json, sentry_event, zabbix_alert, devops_notify, package_json, pom_developers, codeowners,
          authorized_keys, message_trace, ps_transcript, compose_env, oncall_bot, vault_share, slack_bot]


def ticket(w, lang, ppl, body):
    """The subject's words, the pasted output in a code fence or as it is, a remark, the signature."""
    what = WHAT[body.__name__][lang]
    template = R.choice(INTRO[lang])
    intro = template.replace("! {what}", "! " + what[0].upper() + what[1:]).replace("{what}", what)
    w.line(intro, ppl)
    fence = R.random() < 0.4
    w.say("```\n" if fence else "")
    body(w, ppl)
    w.say("```" if fence else "")
    w.line(R.choice(MIDDLE[lang]), ppl)
    if R.random() < 0.5:
        w.line(R.choice(COPIES[lang]), ppl)
    w.line(R.choice(OUTRO[lang]), ppl)


def draw(language, body):
    def one():
        PHONES.spans.clear()
        CLOCK.start()
        s = PEOPLE.draw(language)
        s.role = SUB
        ppl = PEOPLE.company(s, language, 5)
        m = Message(language, "held-out-35")
        ticket(Writer(m, language, body.__name__), language, ppl, body)
        m.known = DRAW.known(s, email_of(s))
        return m
    return one


def main():
    tally = generation.Tally(PHONES)
    turn = collections.Counter()
    for i in range(650):
        language = language_of(i)
        body = SHAPES[(turn[language] * 7 + {"fi": 0, "en": 3, "sv": 5}[language]) % len(SHAPES)]
        turn[language] += 1
        tally.add(body.__name__, generation.written(draw, language, body, REDRAWN))
    if "--stats" in sys.argv:
        print(json.dumps(dict(tally.counts)), file=sys.stderr)
        dates = sum(n for key, n in tally.sources.items() if key.endswith((":date", ":time")))
        tally.print_stats(dates, literal_variants=True)
        generation.print_redrawn(REDRAWN)


main()
