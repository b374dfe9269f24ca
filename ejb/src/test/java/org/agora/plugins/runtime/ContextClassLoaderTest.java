package org.agora.plugins.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ContextClassLoaderTest {

    @Test
    void setsAndRestoresTheContextClassLoader() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader plugin = new ClassLoader(before) {
        };
        ClassLoader seen = ContextClassLoader.run(plugin, () -> Thread.currentThread().getContextClassLoader());
        assertThat(seen).isSameAs(plugin);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void restoresTheContextClassLoaderOnFailure() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        assertThatThrownBy(() -> ContextClassLoader.run(new ClassLoader(before) {
        }, () -> {
            throw new IOException("plugin failed");
        })).hasMessage("plugin failed");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
