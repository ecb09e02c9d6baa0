#!/usr/bin/env python3
"""The hand-written evaluation messages (hand-written.jsonl): harder cases written one by one, not
from generate.py's templates — obfuscations, unusual formats, inflected and lower-case names, name
parts that are ordinary words, and look-alikes that pass a checksum. Spans are marked inline as
[[TYPE|text]]; offsets are UTF-16 code units, as Java counts them. Run:
python3 hand-written.py > hand-written.jsonl"""
import json, re

PIRKKO = {"name": "Pirkko Hämäläinen", "email": "pirkko.hamalainen@kunta.fi", "username": "pirkkoh", "agentName": "Liisa Agent"}
JOHN = {"name": "John Smith", "email": "john.smith@contoso.com", "username": "jsmith", "agentName": "Mikko Tuki"}
JUSSI = {"name": "Jussi Mäki", "email": None, "username": "jmaki", "agentName": "Anna Laine"}
NOBODY = {"name": None, "email": None, "username": None, "agentName": None}

MESSAGES = [
    ("fi", "chat", PIRKKO, "moi, mun sposti on [[EMAIL|pirkko.hamalainen@kunta.fi]] ja puh [[PHONE|+358 50 555 1234]], tiketti INC0043210"),
    ("fi", "chat", PIRKKO, "Soita numeroon [[PHONE|050-555 1234]] tai työnumeroon [[PHONE|(09) 310 1234]] klo 10.15–11.30"),
    ("fi", "chat", PIRKKO, "voisitteko välittää [[NAME|Pirkolle]] viestin, [[NAME|Hämäläisen]] kone on taas jumissa"),
    ("fi", "chat", PIRKKO, "kiitos, välitän tämän toiselle agentille. agentti palaa asiaan huomenna"),
    ("fi", "chat", PIRKKO, "tunnukseni on [[USERNAME|PIRKKOH]] ja [[CREDENTIAL|salasanani on Kissa123!]]"),
    ("fi", "chat", PIRKKO, "osoite on [[EMAIL|pirkko piste hamalainen at kunta piste fi]]"),
    ("fi", "transcript", PIRKKO, "joo elikkä numero on [[PHONE|nolla viis nolla viis viis viis yks kaks kolme neljä]]"),
    ("fi", "chat", PIRKKO, "tilinumero [[IBAN|fi21 1234 5600 0007 85]], viite RF18 5390 0754 7034"),
    ("fi", "chat", NOBODY, "Maksoin 1 250,00 € laskun, viitenumero RF18 5390 0754 7034, eräpäivä 01.12.2026"),
    ("fi", "chat", NOBODY, "hetu [[NATIONAL_ID|131052-308T]], syntynyt 13.10.1952, asiakasnumero 1310523087"),
    ("fi", "chat", NOBODY, "kortti [[PAYMENT_CARD|4111-1111-1111-1111]] vanhenee 12/27, CVC ei kerrota"),
    ("fi", "chat", NOBODY, "palvelin [[IP_ADDRESS|10.20.30.40]]:8080 ei vastaa, ping [[IP_ADDRESS|fe80::1ff:fe23:4567:890a]] toimii"),
    ("fi", "chat", JUSSI, "[[NAME|Jussi]] täällä, pyöräilin mäkeä ylös ja nyt läppäri ei käynnisty"),
    ("fi", "chat", JUSSI, "terveisin [[NAME|Mäki]], puh [[PHONE|+358501234567]]"),
    ("fi", "chat", JUSSI, "anna minulle uusi salasana, vanha ei toimi"),
    ("en", "chat", JOHN, "Please tell [[NAME|John]]'s manager that [[EMAIL|j.smith+vpn@contoso.co.uk]] bounces"),
    ("en", "chat", JOHN, "hi it's [[NAME|john]] [[NAME|smith]] from finance, my laptop wont boot"),
    ("en", "transcript", JOHN, "my number is [[PHONE|oh four oh, five five five, one two three four]] thanks"),
    ("en", "chat", JOHN, "Swedish office: [[PHONE|+46 (0)70 123 45 67]], ask for the support desk"),
    ("en", "chat", JOHN, "login link https://portal.example.fi/login?user=[[EMAIL|john.smith%40contoso.com]]&lang=en"),
    ("en", "chat", JOHN, "download https://files.example.com/d/abc?X-Amz-Signature=[[URL_SECRET|9f8e7d6c5b4a39281706]] expired"),
    ("en", "chat", JOHN, "[[CREDENTIAL|new password: Winter2024]] please do not share"),
    ("en", "chat", NOBODY, "DE account [[IBAN|DE89 3704 0044 0532 0130 00]], card [[PAYMENT_CARD|5555 5555 5555 4444]]"),
    ("en", "chat", NOBODY, "Running build 10.0.19045.3803 on host 192.168.0.300, MAC 00:1A:2B:3C:4D:5E"),
]

SPAN = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


for language, style, known, marked in MESSAGES:
    text, entities, at = "", [], 0
    for m in SPAN.finditer(marked):
        text += marked[at:m.start()]
        start = utf16(text)
        value = m.group(2)
        if m.group(1) == "CREDENTIAL":
            # The cue stays; only the secret after it is the credential.
            cue, value = value.rsplit(" ", 1)
            text += cue + " "
            start = utf16(text)
        text += value
        entities.append({"type": m.group(1), "start": start, "end": utf16(text)})
        at = m.end()
    text += marked[at:]
    print(json.dumps({"language": language, "style": style, "known": known, "text": text, "entities": entities},
                     ensure_ascii=False))
