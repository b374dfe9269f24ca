package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.Test;

class HomePageTest {

    private final TestHost host = TestHost.forPlugin("${pluginId}");

    @Test
    void theHomePageGreetsTheViewerInTheirLanguage() throws Exception {
        Viewer ada = host.employee("Ada Lovelace");
        PageResult result = host.handle(new HomePage(), Requests.get("/").as(ada).in(Locale.FRENCH).build());
        assertThat(result).isInstanceOfSatisfying(PageResult.View.class, view -> {
            assertThat(view.template()).isEqualTo("home");
            assertThat(view.model()).containsEntry("name", "Ada Lovelace");
        });
        assertThat(host.render((PageResult.View) result, ada, Locale.FRENCH)).contains("Bonjour, Ada Lovelace");
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        assertThat(host.handle(new HomePage(), Requests.get("/nothing").as(host.employee("Ada")).build()))
                .isInstanceOf(PageResult.NotFound.class);
    }
}
