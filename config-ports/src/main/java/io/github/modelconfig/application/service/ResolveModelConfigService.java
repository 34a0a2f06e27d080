package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.model.ModelConfigResolver;
import io.github.modelconfig.domain.model.ModelSnapshot;
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
    return new WeightSources(locator)
        .plan(query.request())
        .flatMap(
            plan ->
                load(plan.model())
                    .flatMap(
                        model ->
                            plan.weights()
                                .map(this::load)
                                .getOrElse(Either.right(model))
                                .flatMap(
                                    weights ->
                                        resolver
                                            .resolve(
                                                plan.request(),
                                                model,
                                                weights,
                                                devices.detect().devices())
                                            .toEither()
                                            .mapLeft(ResolveFailure.Invalid::new))));
  }

  private Either<ResolveFailure, ModelSnapshot> load(ModelFiles files) {
    return loader.load(files).mapLeft(ResolveFailure.Unavailable::new);
  }
}
