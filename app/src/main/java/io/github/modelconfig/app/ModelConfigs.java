package io.github.modelconfig.app;

import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.HuggingFaceFormats;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.util.List;

/**
 * Library facade: builds the resolver without Guice, for embedders that wire by hand. Example:
 * {@code ModelConfigs.resolver(AppSettings.fromProcess()).resolve(query)}.
 */
public final class ModelConfigs {

  private ModelConfigs() {}

  /** A resolver for local model folders with device discovery (or the settings' targets). */
  public static ResolveModelConfigUseCase resolver(AppSettings settings) {
    return resolver(
        settings,
        ArchitectureRegistry.defaults(),
        DevicesModule.catalog(settings)
            .getOrElseThrow((String message) -> new IllegalArgumentException(message)));
  }

  /** A resolver with a custom registry (extra architectures) and device catalog. */
  public static ResolveModelConfigUseCase resolver(
      AppSettings settings, ArchitectureRegistry registry, DeviceCatalog devices) {
    return new ResolveModelConfigService(
        List.of(new LocalFolderModelRepository(settings.workingDirectory())),
        HuggingFaceFormats.modelFileParser(),
        HuggingFaceFormats.weightsInspector(),
        devices,
        registry);
  }
}
