package org.agora.web.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Makes Krazo's filter of a form's hidden method one instance for the application instead of one per request. Its
 * constructor finds its form reader through a {@code ServiceLoader} scan of the application's jars, under a lock
 * that every request shares; it keeps nothing of a request, whose form it reads from the context it is given.
 */
public class OneFormMethodFilter implements Extension {

    void applicationWide(@Observes ProcessAnnotatedType<FormMethodOverwriteFilter> filter) {
        filter.configureAnnotatedType()
                .remove(a -> a.annotationType() == RequestScoped.class)
                .add(ApplicationScoped.Literal.INSTANCE);
    }
}
