package fi.servicedesk.rights.access;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.html's rendering of an owner's document, read as a stream (R10.1). */
class JsonHtmlTest {

    private static final String DOCUMENT = """
            {"a":[{"x":1,"y":null},{"y":"<b>","z":true}],"b":[],"c":[{"n":[1]},2],"d":null,"transfers":[{"at":"t"}]}""";

    @Test
    void listsOfFlatRecordsAreTablesWithEveryColumnTheRestNestsAndEverythingIsEscaped() throws IOException {
        var html = new StringWriter();
        assertTrue(JsonHtml.render(parser(DOCUMENT), null, html));
        assertEquals("<dl><dt>a</dt><dd><table><tr><th>x</th><th>y</th><th>z</th></tr>"
                + "<tr><td>1</td><td></td><td></td></tr><tr><td></td><td>&lt;b&gt;</td><td>true</td></tr></table></dd>"
                + "<dt>b</dt><dd>&ndash;</dd>"
                + "<dt>c</dt><dd><ol><li><dl><dt>n</dt><dd><ol><li>1</li></ol></dd></dl></li><li>2</li></ol></dd>"
                + "<dt>d</dt><dd>&ndash;</dd>"
                + "<dt>transfers</dt><dd><table><tr><th>at</th></tr><tr><td>t</td></tr></table></dd></dl>", html.toString());
    }

    @Test
    void oneTopLevelListIsWrittenAloneAndNothingForAnEmptyMissingOrNonList() throws IOException {
        var html = new StringWriter();
        assertTrue(JsonHtml.render(parser(DOCUMENT), "transfers", html));
        assertEquals("<table><tr><th>at</th></tr><tr><td>t</td></tr></table>", html.toString());
        for (var field : new String[] {"b", "d", "missing"}) {
            var none = new StringWriter();
            assertFalse(JsonHtml.render(parser(DOCUMENT), field, none), field);
            assertEquals("", none.toString());
        }
    }

    private static Supplier<JsonParser> parser(String json) {
        return () -> {
            try {
                return new JsonFactory().createParser(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
