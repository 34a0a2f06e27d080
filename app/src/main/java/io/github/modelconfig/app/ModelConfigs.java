package io.github.modelconfig.app;

import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.time.Duration;

/**
 * Library facade: single use cases of {@link ModelConfigApplication} in one call, for embedders
 * that wire by hand. Example: {@code ModelConfigs.resolver(AppSettings.fromProcess())}.
 */
public final class ModelConfigs {

  private ModelConfigs() {}

  /**
   * A resolver for local folders, the HF cache and the Hub, with device discovery (or the settings'
   * target).
   */
  public static ResolveModelConfigUseCase resolver(AppSettings settings) {
    return ModelConfigApplication.create(settings).resolveModelConfig();
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
    return ModelConfigApplication.builder(settings)
        .architectures(registry)
        .devices(devices)
        .folderRecheck(folderRecheck)
        .build()
        .resolveModelConfig();
  }

  /** Downloads Hub repos into the shared HF cache. */
  public static DownloadModelUseCase downloader(AppSettings settings) {
    return ModelConfigApplication.create(settings).downloadModel();
  }

  /** Reports what the shared HF cache holds. */
  public static ScanCacheUseCase cacheScanner(AppSettings settings) {
    return ModelConfigApplication.create(settings).scanCache();
  }
}
