package io.github.modelconfig.app;

import io.github.modelconfig.adapter.filesystem.HfCacheModelRepository;
import io.github.modelconfig.adapter.filesystem.HfCacheStore;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.adapter.huggingface.hub.HuggingFaceHub;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.service.DownloadModelService;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.application.service.ScanCacheService;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.time.Duration;
import java.util.List;

/**
 * Library facade: builds the resolver without Guice, for embedders that wire by hand. Example:
 * {@code ModelConfigs.resolver(AppSettings.fromProcess()).resolve(query)}.
 */
public final class ModelConfigs {

  private ModelConfigs() {}

  /**
   * A resolver for local folders, the HF cache and the Hub, with device discovery (or the settings'
   * targets).
   */
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
        List.of(
            new LocalFolderModelRepository(settings.workingDirectory(), folderRecheck),
            new HfCacheModelRepository(settings.hub().hubCache(), settings.hub().offline()),
            HuggingFaceHub.repository(HuggingFaceModule.hubSettings(settings))),
        HuggingFaceFormats.modelFileParser(),
        HuggingFaceFormats.weightsInspector(),
        devices,
        registry);
  }

  /** Downloads Hub repos into the shared HF cache. */
  public static DownloadModelUseCase downloader(AppSettings settings) {
    return new DownloadModelService(
        HuggingFaceHub.repository(HuggingFaceModule.hubSettings(settings)),
        new HfCacheStore(settings.hub().hubCache()),
        ApplicationModule.DOWNLOAD_PARALLELISM);
  }

  /** Reports what the shared HF cache holds. */
  public static ScanCacheUseCase cacheScanner(AppSettings settings) {
    return new ScanCacheService(new HfCacheStore(settings.hub().hubCache()));
  }
}
