package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.PlanGoals;
import io.github.modelconfig.application.port.in.PlanQuery;
import io.github.modelconfig.domain.plan.GgufPlanModels;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanDevices;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.plan.command.LaunchCommand;
import io.github.modelconfig.domain.plan.solve.LaunchCommands;
import io.github.modelconfig.domain.plan.solve.Solution;
import io.github.modelconfig.domain.plan.solve.SolveRequest;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.weights.GgufLayerBytes;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Rule of the service: what the layout solver is asked for a plan query (the degrees the operator
 * fixed, alone or all three; an exact {@code --max-length}; the context bounds; the concurrency;
 * the target's host), the model with a GGUF file's own bytes per layer when it has them, and the
 * command line of the answer (model as the user named it, its revision when not {@code main}, the
 * GGUF file llama.cpp loads).
 */
final class PlanSolving {

  private PlanSolving() {}

  static SolveRequest request(
      PlanQuery q, ResolvedModelConfig r, PlanModel m, RuntimeProfile p, PlanDevices.Found found) {
    PlanGoals g = q.goals();
    Option<Layout> all = q.layout();
    boolean anyGoal =
        g.tensorParallel().isDefined()
            || g.pipelineParallel().isDefined()
            || g.dataParallel().isDefined();
    return new SolveRequest(
        m,
        p,
        found.gpus(),
        Option.ofOptional(found.host().stream().findFirst()),
        q.settings(),
        anyGoal ? g.tensorParallel() : all.map(Layout::tensorParallel),
        anyGoal ? g.pipelineParallel() : all.map(Layout::pipelineParallel),
        anyGoal ? g.dataParallel() : all.map(Layout::dataParallel),
        r.request().maxLength(),
        g.minContext(),
        g.maxContext(),
        g.concurrency());
  }

  /**
   * {@code m} with its context limit from resolve when the config had none, and with the per-layer
   * bytes of the GGUF file it is served from when that file's header counted the same layers.
   */
  static PlanModel model(PlanModel m, ResolvedModelConfig r) {
    Option<Long> context = m.contextLength().orElse(r.maxLength());
    Option<GgufLayerBytes> layers =
        gguf(r).map(GgufMetadata::layerBytes).filter(b -> b.layerCount() == m.shape().numLayers());
    return new PlanModel(
        m.architecture(),
        m.shape(),
        m.layers(),
        layers.map(GgufPlanModels::inventory).getOrElse(m.weights()),
        context,
        m.resolved());
  }

  static Either<String, LaunchCommand> command(PlanQuery q, ResolvedModelConfig r, Solution s) {
    boolean local = r.huggingfaceModelRepo().kind() == RepoKind.LOCAL_FOLDER;
    Revision rev = r.request().huggingfaceModelRevision();
    Option<String> file = ggufFile(r);
    Option<String> gguf =
        local && !r.modelPath().endsWith(".gguf")
            ? file.map(f -> r.modelPath() + "/" + f)
            : file.filter(f -> !r.modelPath().endsWith(".gguf"));
    return LaunchCommands.of(
        q.runtime(),
        s,
        q.settings(),
        r.modelPath(),
        local,
        rev.equals(Revision.MAIN) ? Option.none() : Option.of(rev.value()),
        gguf);
  }

  private static Option<String> ggufFile(ResolvedModelConfig r) {
    return Option.ofOptional(r.weightPath().stream().filter(f -> f.endsWith(".gguf")).findFirst());
  }

  private static Option<GgufMetadata> gguf(ResolvedModelConfig r) {
    return ggufFile(r)
        .flatMap(f -> Option.of(r.huggingfaceModelRepo().ggufMetadata().get(f)))
        .orElse(
            () ->
                Option.ofOptional(
                    r.huggingfaceModelRepo().ggufMetadata().values().stream().findFirst()));
  }
}
