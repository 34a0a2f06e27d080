package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example: it is the embedding integration test's source verbatim (which
 * {@code verify} builds and runs as a separate project), and the facade answers as it does.
 */
class EmbeddingExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SNIPPET =
      ROOT.resolve("app/src/it/embedding/src/main/java/ResolveExample.java");

  @TempDir Path home;

  @Test
  void givenTheReadme_embeddingSnippet_isTheIntegrationTestSourceVerbatim() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String source = Files.readString(SNIPPET);
    String block = readme.substring(readme.indexOf("## Embedding it as a library"));
    int start = block.indexOf("```java\n") + "```java\n".length();

    assertThat(block.substring(start, block.indexOf("```\n", start)))
        .as("the README's ```java block under 'Embedding it as a library'")
        .isEqualTo(source)
        .contains("public final class ResolveExample");
  }

  @Test
  void givenTheFacade_resolveTheExample_answersAsTheFactory() {
    AppSettings settings = IsolatedSettings.of(home, ROOT);
    Map<String, RawSetting> request =
        Map.of(
            "model_path", RawSetting.flag("model_path", "examples/tiny-llama"),
            "max_length", RawSetting.flag("max_length", "1024"));
    ResolveQuery query = ResolveQuery.fromSettings(request).get();

    Either<ResolveFailure, ResolvedModelConfig> facade =
        ModelConfigs.resolver(settings).resolve(query);
    Either<ResolveFailure, ResolvedModelConfig> factory =
        ModelConfigApplication.create(settings).resolveModelConfig().resolve(query);

    assertThat(facade.get().quantizationEncoding().get()).isEqualTo(SupportedEncoding.FLOAT32);
    assertThat(facade.get().maxLength().get()).isEqualTo(1024L);
    assertThat(facade.get().weightPath()).isEqualTo(factory.get().weightPath());
  }
}
