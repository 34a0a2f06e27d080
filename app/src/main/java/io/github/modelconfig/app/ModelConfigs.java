package io.github.modelconfig.app;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.HuggingFaceFormats;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.time.Duration;
import java.util.List;

/**
 * Library facade: builds the resolver without Guice, for embedders that wire by hand. Example:
 * {@code ModelConfigs.resolver(AppSettings.fromProcess()).resolve(query)}.
 */
public final class ModelConfigs {

  private ModelConfigs() {}

  /** A resolver for local model folders with host device discovery. */
  public static ResolveModelConfigUseCase resolver(AppSettings settings) {
    return resolver(
        settings,
        ArchitectureRegistry.defaults(),
        DeviceCatalogs.host(settings.procRoot(), settings.cgroupRoot()));
  }

  /** A resolver with a custom registry (extra architectures) and device catalog. */
  public static ResolveModelConfigUseCase resolver(
      AppSettings settings, ArchitectureRegistry registry, DeviceCatalog devices) {
    return resolver(settings, registry, devices, Duration.ZERO);
  }

  /**
   * As above, for callers resolving many times a second (serving routers): a local folder is listed
   * again only when its last listing is older than {@code folderRecheck}, so changes show up within
   * that interval. Parsed metadata is reused while the folder's files are unchanged.
   */
  public static ResolveModelConfigUseCase resolver(
      AppSettings settings,
      ArchitectureRegistry registry,
      DeviceCatalog devices,
      Duration folderRecheck) {
    return new ResolveModelConfigService(
        List.of(new LocalFolderModelRepository(settings.workingDirectory(), folderRecheck)),
        HuggingFaceFormats.modelFileParser(),
        HuggingFaceFormats.weightsInspector(),
        devices,
        registry);
  }
}
