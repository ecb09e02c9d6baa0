package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in their own script beside their Latin form or after a cue (NamesInTheirOwnScript); capitalised words come marked. */
class NamesInTheirOwnScriptTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            // the twin of a marked Latin name: in brackets after or before it, after a slash or a table's bar
            "Uusi opiskelija Reza Karimi (رضا کریمی) aloittaa. => Uusi;Reza;Karimi;رضا;کریمی",
            "My aunt 王秀英 (Wang Xiuying) will call. => My;王秀英;Wang;Xiuying",
            "Saapui: Dawit Bekele / ዳዊት በቀለ. => Saapui;Dawit;Bekele;ዳዊት;በቀለ",
            "| 2 | Sita Rai | सीता राई | 040 1234567 | => Sita;Rai;सीता;राई",
            "Ticket for Nino Kapanadze (ნინო კაპანაძე) and Shira Levi (שירה לוי). => Ticket;Nino;Kapanadze;ნინო;კაპანაძე;Shira;Levi;שירה;לוי",
            "Japanese name: Sato Hana (佐藤　花). => Japanese;Sato;Hana;佐藤;花",
            // a signature's second line
            "Kiitos\\nSomchai Srisuk\\nสมชาย ศรีสุข => Kiitos;Somchai;Srisuk;สมชาย;ศรีสุข",
            // a script without capitals after a word that says a person follows
            "Asiakas: 李娜 soitti. => Asiakas;李娜",
            "My name is ابراهیم رحیمی and I study here. => My;ابراهیم;رحیمی",
            // not beside a Latin name, nor after a cue: a greeting, a place, a sentence stay
            "سلام! Hi, the form is attached. => Hi",
            "Muutto: kaupunki (თბილისი) on tuttu. => Muutto",
            "Moodle kertoo: 登录失败，请稍后再试 aina. => Moodle",
            "Asiakas: ขอบคุณมาก ครับ ที่ ช่วย เหลือ ค่ะ => Asiakas",
            // a capitalised Cyrillic, Greek or Armenian word alone: a sentence's first word, a place, a language
            "Здравствуйте! Нужна помощь с паролем. => ",
            "Mistä: Одеса, Україна. Kiitos! => Mistä;Kiitos",
            "Ευχαριστώ πολύ, Θεσσαλονίκη. => ",
            // a whole name of the script, or the twin of a Latin name, stays
            "Шлю привет: Олена Шевчук приедет. => Олена;Шевчук",
            "Nimi: Ivan (Иван) => Nimi;Ivan;Иван",
            "Дякую, Наталья! => Наталья",
    })
    void marksTheOtherWritingOfANameAndNoLoneWordOfAScript(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> NamesInTheirOwnScript.mark(s, tokens, NameLexicon.shared(), marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "Palvelu sanoo 我也有同样的问题 taas. => ",
            "Hei! من نمی\u200Cدانم رمز عبور کجاست. Kiitos => ",
            "안녕하세요 저는 학생 입니다 => ",
            "Yhteystiedot: شماره من: 040 1234567 => ",
            "Viesti: Outlookでエラーが出ます. => ",
    })
    void takesTheMarkOffPhrasesOfScriptsWithoutSpaces(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = s.charAt(tokens.end(t) - 1) >= 128;
            }
            NamesInTheirOwnScript.mark(s, tokens, NameLexicon.shared(), marks);
        }, text, names);
    }
}
