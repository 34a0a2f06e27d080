package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectorsTest {

  @Test
  void givenProductionModules_buildInjector_providesTheResolveUseCase() {
    var injector = Injectors.production(AppSettings.from(Map.of(), Path.of(".").toAbsolutePath()));

    assertThat(injector.getInstance(ResolveModelConfigUseCase.class)).isNotNull();
    assertThat(injector.getInstance(DeviceCatalog.class).detect().devices())
        .as("the host CPU is always a device")
        .isNotEmpty();
  }
}
