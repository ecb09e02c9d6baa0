package fi.servicedesk.rights.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders an owner's access document as readable HTML without knowing its schema, so that
 * whatever an owner holds reaches the subject: lists of flat records become tables, the rest nests.
 * The document is read as a stream, twice: a first pass learns of each list whether it is a table
 * and which columns it has, the second writes it; only that (one entry per list) and one table row
 * are ever in memory, however long the document.
 */
final class JsonHtml {

    /** What the first pass learns of one list: a table's columns, or that it nests. */
    private static final class Layout {
        final Set<String> columns = new LinkedHashSet<>();
        boolean table = true;
    }

    private final List<Layout> layouts = new ArrayList<>();
    private int nextLayout;

    private JsonHtml() {
    }

    /**
     * Writes the document that {@code open} reads, or only the list that is the value of its
     * top-level {@code field} when one is named. Returns false, writing nothing, when there is no
     * document, or that value is not a list or an empty one.
     */
    static boolean render(Supplier<JsonParser> open, String field, Writer html) throws IOException {
        var renderer = new JsonHtml();
        try (var survey = open.get()) {
            if (!moveTo(survey, field) || field != null && (survey.currentToken() != JsonToken.START_ARRAY
                    || survey.nextToken() == JsonToken.END_ARRAY)) {
                return false;
            }
        }
        try (var survey = open.get()) {
            moveTo(survey, field);
            renderer.survey(survey);
        }
        try (var document = open.get()) {
            moveTo(document, field);
            renderer.render(document, html);
        }
        return true;
    }

    /** Moves to the document's first token, or to the value of its top-level {@code field}; false when there is none. */
    private static boolean moveTo(JsonParser parser, String field) throws IOException {
        var first = parser.nextToken();
        if (first == null) {
            return false;
        }
        if (field == null) {
            return true;
        }
        if (first != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var name = parser.currentName();
            parser.nextToken();
            if (name.equals(field)) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** The first pass: every list's layout, in document order (the order the second pass meets them in). */
    private void survey(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    parser.nextToken();
                    survey(parser);
                }
            }
            case START_ARRAY -> {
                var layout = new Layout();
                layouts.add(layout);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        layout.table = false;
                        survey(parser);
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        layout.columns.add(parser.currentName());
                        if (parser.nextToken().isStructStart()) {
                            layout.table = false;
                            survey(parser);
                        }
                    }
                }
                if (!layout.table) {
                    layout.columns.clear();
                }
            }
            default -> {
            }
        }
    }

    private void render(JsonParser parser, Writer html) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                html.write("<dl>");
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    html.write("<dt>");
                    html.write(Html.escape(parser.currentName()));
                    html.write("</dt><dd>");
                    parser.nextToken();
                    render(parser, html);
                    html.write("</dd>");
                }
                html.write("</dl>");
            }
            case START_ARRAY -> renderArray(parser, layouts.get(nextLayout++), html);
            case VALUE_NULL -> html.write("&ndash;");
            default -> html.write(Html.escape(parser.getText()));
        }
    }

    private void renderArray(JsonParser parser, Layout layout, Writer html) throws IOException {
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            html.write("&ndash;");
            return;
        }
        if (!layout.table) {
            html.write("<ol>");
            do {
                html.write("<li>");
                render(parser, html);
                html.write("</li>");
            } while (parser.nextToken() != JsonToken.END_ARRAY);
            html.write("</ol>");
            return;
        }
        html.write("<table><tr>");
        for (var column : layout.columns) {
            html.write("<th>");
            html.write(Html.escape(column));
            html.write("</th>");
        }
        html.write("</tr>");
        var row = new HashMap<String, String>();
        do {
            row.clear();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var column = parser.currentName();
                row.put(column, parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            html.write("<tr>");
            for (var column : layout.columns) {
                html.write("<td>");
                var value = row.get(column);
                if (value != null) {
                    html.write(Html.escape(value));
                }
                html.write("</td>");
            }
            html.write("</tr>");
        } while (parser.nextToken() != JsonToken.END_ARRAY);
        html.write("</table>");
    }
}
