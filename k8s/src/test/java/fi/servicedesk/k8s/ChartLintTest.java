package fi.servicedesk.k8s;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.junit.jupiter.api.Assertions.assertFalse;

class ChartLintTest {

    static final java.util.List<String> charts = Charts.ALL;

    @ParameterizedTest
    @FieldSource("charts")
    void chartPassesStrictLint(String chart) {
        LintResult result = new Helm(Charts.chart(chart)).lint().strict().call();
        assertFalse(result.isFailed(), () -> chart + ": " + String.join("\n", result.getMessages()));
    }
}
