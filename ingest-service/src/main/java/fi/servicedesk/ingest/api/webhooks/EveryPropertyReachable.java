package fi.servicedesk.ingest.api.webhooks;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Validation of webhook bodies, which are records just parsed from JSON, never entities: every
 * property is there to be checked and every {@code @Valid} one is cascaded. The default resolver
 * asks Hibernate ORM, for each property of each body, whether it is loaded yet; those look-ups
 * were most of the validation's cost, for an answer that is always yes.
 */
final class EveryPropertyReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
