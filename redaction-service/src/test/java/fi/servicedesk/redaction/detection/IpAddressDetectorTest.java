package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IpAddressDetectorTest {

    private final IpAddressDetector detector = new IpAddressDetector();

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20", "10.0.0.1", "2001:db8::8a2e:370:7334", "fe80::1ff:fe23:4567:890a",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334"})
    void findsAddresses(String address) {
        assertEquals(List.of(address), Found.in(detector, "osoite " + address + ", ei toimi"));
    }

    /** A server's address without its host name in brackets, and a person's device glossed by its address, are found. */
    @ParameterizedTest
    @ValueSource(strings = {"palvelin 10.20.30.40 ei vastaa", "koska hänen läppärinsä (10.8.195.231) on estetty",
            "the server at 172.16.4.2 is down", "Användarens dator (192.168.55.226) spärrades"})
    void findsAddressesOfDevicesAndUnnamedServers(String text) {
        assertEquals(1, Found.in(detector, text).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "versio 10.0.19045.3803",
            "version 1.2.3.4 is out",
            "päivitys v4.2.1.0 asennettu",
            "klo 12:30:45 alkaen",
            "MAC 00:1A:2B:3C:4D:5E",
            "pvm 20.11.2026",
            "hinta 1.299.00",
            "Huom: tärkeä",
            "The access point firmware is 6.5.28.0.",
            "Tukiaseman ohjelmisto 7.4.12.3.",
            "APP_VERSION=99.86.0.18",
            "  IMAGE_TAG: \"83.22.0.52\"",
            "User-Agent: Grandstream GXP2170 88.20.0.105",
            "Faksipalvelin HylaFAX 96.34.0.198 hylkäsi lähetyksen",
            "\"POST /vpn/login HTTP/1.1\" 401 146 \"-\" \"AnyConnect 96.33.0.25\"",
            "tässä JSON (Telegram Desktop 85.18.0.82):",
            "sshd[74119]: Server listening on 0.0.0.0 port 22.",
            "sshd[6249]: Server listening on 127.0.0.1 port 22.",
            "KeyError: could not connect to server monitor01 (10.9.9.60), port 8443",
            "Yhteys palvelimeen db01.firma.local (10.1.0.50) katkesi",
            "Kunde inte nå servern web-fe-2 (192.168.4.20) på port 443",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** An address in a log's field or after a device's word stays one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "radiusd: Login OK: [kartig89] (from client wlc01 cli 10.4.8.1)|10.4.8.1",
            "sso: login ok user=pkorvenk ip=10.4.8.1|10.4.8.1",
            "Palvelin DC01 10.0.0.5 ei vastaa|10.0.0.5",
            "IPv4 192.168.1.20 annettu|192.168.1.20",
            "Router 10.0.0.1 reboots nightly|10.0.0.1",
    })
    void findsAddressesInLogsFields(String text, String address) {
        assertEquals(List.of(address), Found.in(detector, text));
    }
}
