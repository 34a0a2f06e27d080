package io.github.modelconfig.app;

import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.ListModelFilesUseCase;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.service.DownloadModelService;
import io.github.modelconfig.application.service.InspectWeightsService;
import io.github.modelconfig.application.service.ListDevicesService;
import io.github.modelconfig.application.service.ListModelFilesService;
import io.github.modelconfig.application.service.PlanServingService;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.application.service.ScanCacheService;
import java.util.List;

/**
 * Composition: the use cases of one graph ({@link ModelConfigApplication}) over its driven ports
 * and its cache-filling Hub, each built once, when first asked for.
 */
final class UseCases {

  /** Files downloaded at once. */
  static final int DOWNLOAD_PARALLELISM = 8;

  private final DrivenPorts ports;
  private final Lazy<ModelRepository> hub;
  final Lazy<ResolveModelConfigUseCase> resolve;
  final Lazy<InspectWeightsUseCase> inspect;
  final Lazy<DownloadModelUseCase> download;
  final Lazy<ScanCacheUseCase> scanCache;
  final Lazy<ListDevicesUseCase> listDevices;
  final Lazy<PlanServingUseCase> plan;

  UseCases(DrivenPorts ports, Lazy<ModelRepository> hub) {
    this.ports = ports;
    this.hub = hub;
    this.resolve = Lazy.of(() -> resolver(repositories()));
    this.inspect =
        Lazy.of(
            () ->
                new InspectWeightsService(
                    repositories(), ports.modelFileParser().get(), ports.weightsInspector().get()));
    this.download =
        Lazy.of(
            () ->
                new DownloadModelService(
                    List.of(ports.localFolders().get(), hub.get()),
                    this::resolver,
                    ports.modelCache().get(),
                    DOWNLOAD_PARALLELISM));
    this.scanCache = Lazy.of(() -> new ScanCacheService(ports.modelCache().get()));
    this.listDevices = Lazy.of(() -> new ListDevicesService(ports.devices().get()));
    this.plan =
        Lazy.of(
            () ->
                new PlanServingService(
                    repositories(),
                    ports.modelFileParser().get(),
                    ports.weightsInspector().get(),
                    ports.devices().get(),
                    ports.architectures().get()));
  }

  /** A resolver over {@code repositories} with this graph's parsers, devices and architectures. */
  private ResolveModelConfigUseCase resolver(List<ModelRepository> repositories) {
    return new ResolveModelConfigService(
        repositories,
        ports.modelFileParser().get(),
        ports.weightsInspector().get(),
        ports.devices().get(),
        ports.architectures().get());
  }

  /** A lister over the repositories (new on each call, as it holds no state). */
  ListModelFilesUseCase listModelFiles() {
    return new ListModelFilesService(repositories());
  }

  /** Where models are looked for, in this order: local folders, the HF cache, the Hub. */
  List<ModelRepository> repositories() {
    return List.of(ports.localFolders().get(), ports.hfCache().get(), hub.get());
  }
}
