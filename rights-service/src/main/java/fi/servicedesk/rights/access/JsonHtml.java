package fi.servicedesk.rights.access;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;

/**
 * Renders an owner's access document as readable HTML without knowing its schema, so that
 * whatever an owner holds reaches the subject: lists of flat records become tables, the rest nests.
 */
final class JsonHtml {

    private JsonHtml() {
    }

    static void render(JsonNode node, StringBuilder html) {
        if (node.isObject()) {
            html.append("<dl>");
            node.properties().forEach(field -> {
                html.append("<dt>").append(Html.escape(field.getKey())).append("</dt><dd>");
                render(field.getValue(), html);
                html.append("</dd>");
            });
            html.append("</dl>");
        } else if (node.isArray()) {
            renderArray(node, html);
        } else if (!node.isNull()) {
            html.append(Html.escape(node.asText()));
        } else {
            html.append("&ndash;");
        }
    }

    private static void renderArray(JsonNode array, StringBuilder html) {
        if (array.isEmpty()) {
            html.append("&ndash;");
            return;
        }
        if (!allFlatObjects(array)) {
            html.append("<ol>");
            array.forEach(item -> {
                html.append("<li>");
                render(item, html);
                html.append("</li>");
            });
            html.append("</ol>");
            return;
        }
        var columns = new LinkedHashSet<String>();
        array.forEach(item -> item.fieldNames().forEachRemaining(columns::add));
        html.append("<table><tr>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr>");
        array.forEach(item -> {
            html.append("<tr>");
            columns.forEach(c -> {
                html.append("<td>");
                var value = item.get(c);
                if (value != null && !value.isNull()) {
                    html.append(Html.escape(value.asText()));
                }
                html.append("</td>");
            });
            html.append("</tr>");
        });
        html.append("</table>");
    }

    private static boolean allFlatObjects(JsonNode array) {
        for (var item : array) {
            if (!item.isObject()) {
                return false;
            }
            for (var value : item) {
                if (value.isContainerNode()) {
                    return false;
                }
            }
        }
        return true;
    }
}
