package io.github.modelconfig.app;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Composition value: the driven ports the use cases are built on, each supplied on first use (from
 * the settings, or from a Guice injector's providers).
 */
record DrivenPorts(
    Supplier<ModelRepository> localFolders,
    Supplier<ModelRepository> hfCache,
    Supplier<ModelRepository> hub,
    Supplier<ModelFileParser> modelFileParser,
    Supplier<WeightsInspector> weightsInspector,
    Supplier<DeviceCatalog> devices,
    Supplier<ModelCache> modelCache,
    Supplier<ArchitectureRegistry> architectures) {

  DrivenPorts {
    Objects.requireNonNull(localFolders, "localFolders");
    Objects.requireNonNull(hfCache, "hfCache");
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(modelFileParser, "modelFileParser");
    Objects.requireNonNull(weightsInspector, "weightsInspector");
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(modelCache, "modelCache");
    Objects.requireNonNull(architectures, "architectures");
  }

  /** The production adapters for these settings, each built once when first asked for. */
  static DrivenPorts of(AppSettings settings, Duration folderRecheck) {
    return new DrivenPorts(
        Lazy.of(() -> DrivenAdapters.localFolders(settings, folderRecheck)),
        Lazy.of(() -> DrivenAdapters.hfCache(settings)),
        Lazy.of(() -> DrivenAdapters.hub(settings)),
        Lazy.of(DrivenAdapters::modelFileParser),
        Lazy.of(DrivenAdapters::weightsInspector),
        Lazy.of(() -> DrivenAdapters.devices(settings)),
        Lazy.of(() -> DrivenAdapters.modelCache(settings)),
        Lazy.of(ArchitectureRegistry::defaults));
  }

  /**
   * The ports for settings {@code to}, sharing with these (built for {@code from}) every part the
   * change leaves alone: folders when the working directory is the same; the HF cache, the Hub
   * client and the cache store when the Hugging Face environment (offline mode included) is; the
   * devices when their settings are (or {@code keepDevices}); parsers and architectures always.
   */
  DrivenPorts derive(AppSettings from, AppSettings to, Duration recheck, boolean keepDevices) {
    DrivenPorts fresh = of(to, recheck);
    boolean sameHub = from.hub().equals(to.hub());
    boolean sameDevices =
        keepDevices
            || (from.target().equals(to.target())
                && from.searchPath().equals(to.searchPath())
                && from.cudaVisibleDevices().equals(to.cudaVisibleDevices())
                && from.procRoot().equals(to.procRoot())
                && from.cgroupRoot().equals(to.cgroupRoot())
                && from.targetsFile().equals(to.targetsFile()));
    return new DrivenPorts(
        from.workingDirectory().equals(to.workingDirectory()) ? localFolders : fresh.localFolders,
        sameHub ? hfCache : fresh.hfCache,
        sameHub ? hub : fresh.hub,
        modelFileParser,
        weightsInspector,
        sameDevices ? devices : fresh.devices,
        sameHub ? modelCache : fresh.modelCache,
        architectures);
  }

  DrivenPorts withDevices(Supplier<DeviceCatalog> other) {
    return new DrivenPorts(
        localFolders,
        hfCache,
        hub,
        modelFileParser,
        weightsInspector,
        other,
        modelCache,
        architectures);
  }

  DrivenPorts withArchitectures(Supplier<ArchitectureRegistry> other) {
    return new DrivenPorts(
        localFolders, hfCache, hub, modelFileParser, weightsInspector, devices, modelCache, other);
  }
}
