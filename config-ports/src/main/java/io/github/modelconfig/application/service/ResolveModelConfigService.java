package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.model.ModelConfigRequest;
import io.github.modelconfig.domain.model.ModelConfigResolver;
import io.github.modelconfig.domain.model.ResolvedModelConfig;
import io.vavr.control.Either;
import java.util.List;

/**
 * Service: resolves a model config: locate the model (folder, cache, Hub), gather its metadata,
 * detect devices, then apply the domain rules.
 */
public final class ResolveModelConfigService implements ResolveModelConfigUseCase {

  private final ModelLocator locator;
  private final SnapshotLoader loader;
  private final DeviceCatalog devices;
  private final ModelConfigResolver resolver;

  public ResolveModelConfigService(
      List<ModelRepository> repositories,
      ModelFileParser parser,
      WeightsInspector inspector,
      DeviceCatalog devices,
      ArchitectureRegistry registry) {
    this.locator = new ModelLocator(repositories);
    this.loader = new SnapshotLoader(parser, inspector);
    this.devices = devices;
    this.resolver = new ModelConfigResolver(registry);
  }

  @Override
  public Either<ResolveFailure, ResolvedModelConfig> resolve(ResolveQuery query) {
    ModelConfigRequest request = query.request();
    ModelReference reference =
        new ModelReference(request.modelPath(), request.huggingfaceModelRevision());
    return locator
        .locate(reference)
        .flatMap(loader::load)
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(
            snapshot ->
                resolver
                    .resolve(request, snapshot, devices.detect().devices())
                    .toEither()
                    .mapLeft(ResolveFailure.Invalid::new));
  }
}
