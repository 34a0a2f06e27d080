package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.memory.FitCheck;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.DraftModels;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.resolution.DraftMismatches;
import io.github.modelconfig.domain.resolution.ModelConfigResolver;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
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
    return devices
        .detect()
        .<ResolveFailure>mapLeft(e -> new ResolveFailure.Invalid(Vector.of(e)))
        .flatMap(inventory -> resolve(query, inventory));
  }

  private Either<ResolveFailure, ResolvedModelConfig> resolve(
      ResolveQuery query, DeviceInventory inventory) {
    return resolve(query, inventory.devices()).map(c -> c.withWarnings(inventory.warnings()));
  }

  private Either<ResolveFailure, ResolvedModelConfig> resolve(
      ResolveQuery query, List<Device> visible) {
    if (query.draft().isEmpty()) {
      return resolve(query.request(), visible, query.fit());
    }
    DraftModels.Pair pair = DraftModels.pair(query.request(), query.draft().get());
    Either<ResolveFailure, ResolvedModelConfig> main = resolve(pair.main(), visible, query.fit());
    Either<ResolveFailure, ResolvedModelConfig> draft =
        resolve(pair.draft(), visible, query.fit()).mapLeft(ResolveModelConfigService::forDraft);
    if (main.isLeft() || draft.isLeft()) {
      return Either.left(bothFailures(main, draft));
    }
    List<Warning> warnings = new ArrayList<>(pair.warnings());
    warnings.addAll(DraftMismatches.of(main.get(), draft.get()));
    return Either.right(main.get().withDraft(draft.get(), warnings));
  }

  private Either<ResolveFailure, ResolvedModelConfig> resolve(
      ModelConfigRequest request, List<Device> visible, FitCheck fit) {
    return new WeightSources(locator)
        .plan(request)
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
                                            .resolve(plan.request(), model, weights, visible, fit)
                                            .toEither()
                                            .mapLeft(ResolveFailure.Invalid::new))));
  }

  /** The draft's problems name its fields as the user typed them ({@code draft_...}). */
  private static ResolveFailure forDraft(ResolveFailure failure) {
    return failure instanceof ResolveFailure.Invalid invalid
        ? new ResolveFailure.Invalid(invalid.errors().map(e -> e.prefixed(DraftModels.PREFIX)))
        : failure;
  }

  /** Both models' problems together; an unreachable repo comes first, as it decides the exit. */
  private static ResolveFailure bothFailures(
      Either<ResolveFailure, ResolvedModelConfig> main,
      Either<ResolveFailure, ResolvedModelConfig> draft) {
    if (main.isLeft() && main.getLeft() instanceof ResolveFailure.Unavailable) {
      return main.getLeft();
    }
    if (draft.isLeft() && draft.getLeft() instanceof ResolveFailure.Unavailable) {
      return draft.getLeft();
    }
    Seq<ConfigError> errors = Vector.empty();
    for (var side : List.of(main, draft)) {
      if (side.isLeft()) {
        errors = errors.appendAll(((ResolveFailure.Invalid) side.getLeft()).errors());
      }
    }
    return new ResolveFailure.Invalid(errors);
  }

  private Either<ResolveFailure, ModelSnapshot> load(ModelFiles files) {
    return loader.load(files).mapLeft(ResolveFailure.Unavailable::new);
  }
}
