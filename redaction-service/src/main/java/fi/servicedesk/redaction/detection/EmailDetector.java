package fi.servicedesk.redaction.detection;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses (R8.2 names them first among what must go). */
@ApplicationScoped
public class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    @Override
    public List<Finding> find(String text) {
        return EMAIL.matcher(text).results()
                .map(m -> new Finding(EntityType.EMAIL, m.start(), m.end()))
                .toList();
    }
}
