package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run. */
class EmbeddingExampleTest {

  @org.junit.jupiter.api.io.TempDir Path home;

  @Test
  void givenTheFacade_resolveTheExample_likeTheReadmeShows() {
    AppSettings settings = IsolatedSettings.of(home, Path.of("..").toAbsolutePath().normalize());
    ResolveModelConfigUseCase resolver = ModelConfigs.resolver(settings);

    Map<String, RawSetting> request =
        Map.of(
            "model_path", RawSetting.flag("model_path", "examples/tiny-llama"),
            "max_length", RawSetting.flag("max_length", "1024"));

    Either<ResolveFailure, ResolvedModelConfig> result =
        ResolveQuery.fromSettings(request)
            .toEither()
            .<ResolveFailure>mapLeft(ResolveFailure.Invalid::new)
            .flatMap(resolver::resolve);

    assertThat(result.get().quantizationEncoding().get()).isEqualTo(SupportedEncoding.FLOAT32);
    assertThat(result.get().maxLength().get()).isEqualTo(1024L);
  }
}
