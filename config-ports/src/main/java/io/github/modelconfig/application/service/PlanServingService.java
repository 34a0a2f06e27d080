package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.PlanQuery;
import io.github.modelconfig.application.port.in.PlanReport;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.PlanDevices;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanModels;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.plan.RuntimeProfiles;
import io.github.modelconfig.domain.plan.command.LaunchCommand;
import io.github.modelconfig.domain.plan.solve.LayoutSolver;
import io.github.modelconfig.domain.plan.solve.Solution;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Service: plans serving a model: resolves it (metadata only, MAX's memory limits lifted so that
 * any model resolves), builds the plan's model and devices, picks the runtime profile, and lets the
 * layout solver choose the layout and context ({@link PlanSolving}) and write the command line.
 */
public final class PlanServingService implements PlanServingUseCase {

  private final ResolveModelConfigUseCase resolver;
  private final DeviceCatalog devices;

  public PlanServingService(
      List<ModelRepository> repositories,
      ModelFileParser parser,
      WeightsInspector inspector,
      DeviceCatalog devices,
      ArchitectureRegistry registry) {
    this(
        new ResolveModelConfigService(
            repositories, parser, inspector, new UnboundedDevices(devices), registry),
        devices);
  }

  /** {@code resolver}: a resolver whose devices never refuse a model for memory. */
  PlanServingService(ResolveModelConfigUseCase resolver, DeviceCatalog devices) {
    this.resolver = resolver;
    this.devices = devices;
  }

  @Override
  public Either<ResolveFailure, PlanReport> plan(PlanQuery query) {
    Option<RuntimeProfile> profile =
        query.runtimeVersion().isEmpty()
            ? Option.of(RuntimeProfiles.latest(query.runtime()))
            : RuntimeProfiles.of(query.runtime(), query.runtimeVersion().get());
    if (profile.isEmpty()) {
      return invalid(
          ErrorCode.INVALID_CHOICE,
          "runtime_version",
          "no profile of " + query.runtime().wireName() + " " + query.runtimeVersion().get(),
          "use one of: " + RuntimeProfiles.versions(query.runtime()));
    }
    return resolver
        .resolve(query.resolve())
        .flatMap(
            r ->
                devices
                    .detect()
                    .<ResolveFailure>mapLeft(e -> new ResolveFailure.Invalid(Vector.of(e)))
                    .flatMap(
                        inventory ->
                            plan(
                                query,
                                profile.get(),
                                r,
                                PlanDevices.of(inventory.devices(), query.runtime()))));
  }

  private Either<ResolveFailure, PlanReport> plan(
      PlanQuery query, RuntimeProfile profile, ResolvedModelConfig r, PlanDevices.Found found) {
    if (found.gpus().isEmpty()) {
      return invalid(
          ErrorCode.DEVICES_NOT_FOUND,
          "target",
          "no GPU was found to plan on",
          "plan for hardware you don't have with --target NAME:COUNT, e.g. --target h100-80gb:8");
    }
    Either<String, PlanModel> model = PlanModels.fromResolved(r);
    if (model.isLeft()) {
      return invalid(
          ErrorCode.INVALID_MODEL_CONFIG,
          "model_path",
          model.getLeft(),
          "plan needs a model with a config.json or GGUF header giving its shape");
    }
    PlanModel m = PlanSolving.model(model.get(), r);
    Solution solution = LayoutSolver.solve(PlanSolving.request(query, r, m, profile, found));
    List<Accounting> alternatives = new ArrayList<>();
    solution.alternatives().forEach(a -> alternatives.add(a.candidate().accounting()));
    List<Warning> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(found.warnings());
    Either<String, LaunchCommand> command = PlanSolving.command(query, r, solution);
    if (command.isLeft()) {
      warnings.add(
          new Warning(WarningCode.PLAN_APPROXIMATE, "No command line: " + command.getLeft()));
    }
    return Either.right(
        new PlanReport(
            r,
            m,
            profile,
            found.all(),
            solution.chosen().accounting(),
            alternatives,
            command.map(LaunchCommand::shellLineWithNotes).toOption(),
            warnings,
            Option.of(solution)));
  }

  private static Either<ResolveFailure, PlanReport> invalid(
      ErrorCode code, String field, String message, String fix) {
    return Either.left(
        new ResolveFailure.Invalid(Vector.of(new ConfigError(code, field, message, fix))));
  }
}
