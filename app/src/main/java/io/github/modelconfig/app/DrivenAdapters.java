package io.github.modelconfig.app;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.adapter.filesystem.HfCacheModelRepository;
import io.github.modelconfig.adapter.filesystem.HfCacheStore;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.adapter.huggingface.hub.HubSettings;
import io.github.modelconfig.adapter.huggingface.hub.HuggingFaceHub;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import java.time.Duration;

/**
 * Composition: each driven adapter built from the settings, the one place the factory and the Guice
 * modules take them from. No I/O here: adapters start their work when first asked.
 */
final class DrivenAdapters {

  private DrivenAdapters() {}

  /** Local model folders, listed again only after {@code recheck} (zero: on every call). */
  static ModelRepository localFolders(AppSettings settings, Duration recheck) {
    return new LocalFolderModelRepository(settings.workingDirectory(), recheck);
  }

  static ModelRepository hfCache(AppSettings settings) {
    return new HfCacheModelRepository(settings.hub().hubCache(), settings.hub().offline());
  }

  static ModelRepository hub(AppSettings settings) {
    HubEnvironment env = settings.hub();
    return HuggingFaceHub.repository(
        HubSettings.of(env.endpoint(), env.token(), env.offline())
            .withTimeouts(env.etagTimeout(), env.downloadTimeout()));
  }

  static ModelCache modelCache(AppSettings settings) {
    return new HfCacheStore(settings.hub().hubCache());
  }

  static ModelFileParser modelFileParser() {
    return HuggingFaceFormats.modelFileParser();
  }

  static WeightsInspector weightsInspector() {
    return HuggingFaceFormats.weightsInspector();
  }

  /** The settings' what-if target (which answers unknown names as a failure), else discovery. */
  static DeviceCatalog devices(AppSettings settings) {
    if (settings.target().isDefined()) {
      return DeviceCatalogs.target(settings.target().get(), settings.targetsFile());
    }
    return DeviceCatalogs.discovered(
        settings.searchPath(),
        settings.cudaVisibleDevices(),
        DeviceCatalogs.DEFAULT_TOOL_TIMEOUT,
        settings.procRoot(),
        settings.cgroupRoot(),
        settings.targetsFile());
  }
}
