package io.github.modelconfig.app;

import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.ListModelFilesUseCase;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.service.CacheFillingRepository;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Composition root: the object graph, built from settings whose offline mode and target are
 * decided; each part created once, when first asked for. The CLI, ModelConfigs and Guice wire
 * through here.
 */
public final class ModelConfigApplication {

  private final DrivenPorts ports;
  private final Option<Origin> origin;
  private final Lazy<ModelRepository> hub;
  private final UseCases useCases;

  /** How a graph built from settings was made, so another can be derived from it. */
  private record Origin(
      AppSettings settings, Duration folderRecheck, boolean devicesReplaced, boolean devicesOnce) {}

  ModelConfigApplication(DrivenPorts ports) {
    this(ports, Option.none(), Option.none());
  }

  /** {@code sharedHub}: the cache-filling Hub of a graph whose Hub and cache these ports share. */
  private ModelConfigApplication(
      DrivenPorts ports, Option<Origin> origin, Option<Lazy<ModelRepository>> sharedHub) {
    this.ports = ports;
    this.origin = origin;
    this.hub =
        sharedHub.getOrElse(
            () ->
                Lazy.of(
                    () -> new CacheFillingRepository(ports.hub().get(), ports.modelCache().get())));
    this.useCases = new UseCases(ports, hub);
  }

  /** The production graph for these settings: local folders, the HF cache, the Hub, devices. */
  public static ModelConfigApplication create(AppSettings settings) {
    return builder(settings).build();
  }

  /** A graph with replaced parts (architectures, devices, folder re-check) for embedders. */
  public static Builder builder(AppSettings settings) {
    return new Builder(settings);
  }

  public ResolveModelConfigUseCase resolveModelConfig() {
    return useCases.resolve.get();
  }

  public InspectWeightsUseCase inspectWeights() {
    return useCases.inspect.get();
  }

  public DownloadModelUseCase downloadModel() {
    return useCases.download.get();
  }

  public ScanCacheUseCase scanCache() {
    return useCases.scanCache.get();
  }

  public ListDevicesUseCase listDevices() {
    return useCases.listDevices.get();
  }

  public ListModelFilesUseCase listModelFiles() {
    return useCases.listModelFiles();
  }

  /** The planner: layout, context, concurrency and memory per device on a serving runtime. */
  public PlanServingUseCase planServing() {
    return useCases.plan.get();
  }

  /**
   * The graph for other settings (another offline mode or target, as a batch line may ask), sharing
   * the parts the change leaves alone: folders, parsers, architectures; the HF cache and Hub client
   * while the HF environment is the same; the devices while their settings are. Use cases are new.
   *
   * @throws IllegalStateException for a graph the Guice modules built (it has no settings)
   */
  public ModelConfigApplication derive(AppSettings other) {
    Objects.requireNonNull(other, "other");
    Origin from =
        origin.getOrElseThrow(
            () -> new IllegalStateException("only a graph built from settings derives another"));
    DrivenPorts derived =
        ports.derive(from.settings(), other, from.folderRecheck(), from.devicesReplaced());
    if (from.devicesOnce()) {
      derived = derived.withDevices(once(derived.devices()));
    }
    return new ModelConfigApplication(
        derived,
        Option.of(
            new Origin(other, from.folderRecheck(), from.devicesReplaced(), from.devicesOnce())),
        from.settings().hub().equals(other.hub()) ? Option.of(hub) : Option.none());
  }

  private static Lazy<DeviceCatalog> once(Supplier<DeviceCatalog> catalog) {
    return Lazy.of(() -> new DetectedOnce(catalog.get()));
  }

  /** Where models are looked for, in this order: local folders, the HF cache, the Hub. */
  List<ModelRepository> repositories() {
    return useCases.repositories();
  }

  /** Builder: the production graph with some parts replaced. */
  public static final class Builder {

    private final AppSettings settings;
    private Duration folderRecheck = Duration.ZERO;
    private Option<ArchitectureRegistry> architectures = Option.none();
    private Option<DeviceCatalog> devices = Option.none();
    private boolean devicesOnce;

    private Builder(AppSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A registry with extra architectures ({@code ArchitectureRegistry.defaults().with(...)}). */
    public Builder architectures(ArchitectureRegistry registry) {
      this.architectures = Option.of(Objects.requireNonNull(registry, "registry"));
      return this;
    }

    /** Any device catalog in place of the settings' discovery or target. */
    public Builder devices(DeviceCatalog catalog) {
      this.devices = Option.of(Objects.requireNonNull(catalog, "catalog"));
      return this;
    }

    /**
     * For callers resolving many times a second (serving routers): a local folder is listed again
     * only when its last listing is older than {@code recheck}; parsed metadata is reused while the
     * folder's files are unchanged. Zero (the default) lists on every call.
     */
    public Builder folderRecheck(Duration recheck) {
      this.folderRecheck = Objects.requireNonNull(recheck, "recheck");
      return this;
    }

    /**
     * Devices are detected on first use and that inventory is kept for the graph's life (a batch of
     * resolves on one host runs the vendor tools once); by default every resolve detects them.
     */
    public Builder detectDevicesOnce() {
      this.devicesOnce = true;
      return this;
    }

    public ModelConfigApplication build() {
      DrivenPorts ports = DrivenPorts.of(settings, folderRecheck);
      for (ArchitectureRegistry registry : architectures) {
        ports = ports.withArchitectures(() -> registry);
      }
      for (DeviceCatalog catalog : devices) {
        ports = ports.withDevices(() -> catalog);
      }
      if (devicesOnce) {
        ports = ports.withDevices(once(ports.devices()));
      }
      return new ModelConfigApplication(
          ports,
          Option.of(new Origin(settings, folderRecheck, devices.isDefined(), devicesOnce)),
          Option.none());
    }
  }
}
