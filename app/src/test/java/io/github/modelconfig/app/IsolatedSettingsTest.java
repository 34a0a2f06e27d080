package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI tests' settings never reach the user's cache, the public Hub or the host's tools. */
class IsolatedSettingsTest {

  @TempDir Path dir;

  @Test
  void givenATestFolder_of_keepsTheCacheThereTheHubLocalAndNoTools() {
    AppSettings settings = IsolatedSettings.of(dir, dir);

    assertThat(settings.hub().hfHome()).isEqualTo(dir.resolve("hf-home"));
    assertThat(settings.hub().hubCache()).isEqualTo(dir.resolve("hf-home/hub"));
    URI endpoint = settings.hub().endpoint();
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    assertThat(endpoint.getPort()).isPositive();
    assertThat(settings.searchPath()).isEmpty();
    assertThat(settings.hub().token()).isEmpty();
  }

  @Test
  void givenOverrides_of_replacesOnlyThose() {
    AppSettings settings =
        IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", "http://127.0.0.1:4567"));

    assertThat(settings.hub().endpoint()).isEqualTo(URI.create("http://127.0.0.1:4567"));
    assertThat(settings.hub().hubCache()).isEqualTo(dir.resolve("hf-home/hub"));
  }
}
