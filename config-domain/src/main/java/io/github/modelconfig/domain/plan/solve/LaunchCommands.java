package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.plan.KvDtype;
import io.github.modelconfig.domain.plan.OffloadPlan;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.github.modelconfig.domain.plan.command.LaunchCommand;
import io.github.modelconfig.domain.plan.command.LaunchRequest;
import io.github.modelconfig.domain.plan.command.LlamaServerCommand;
import io.github.modelconfig.domain.plan.command.MaxCommand;
import io.github.modelconfig.domain.plan.command.SglangCommand;
import io.github.modelconfig.domain.plan.command.VllmCommand;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: the start-up command of a solved plan on its runtime: the chosen layout, the context it
 * fits, the operator's utilisation, KV dtype and compute dtype as given, and llama.cpp's offload
 * ({@code -ngl}, {@code --n-cpu-moe}, {@code --tensor-split}) and slots ({@code --parallel}).
 */
public final class LaunchCommands {

  private LaunchCommands() {}

  /**
   * The command for {@code solution} of {@code model} ({@code local}: a path, else a repo id, with
   * its {@code revision} and the {@code ggufFile} llama.cpp loads); Left when the runtime cannot
   * take the plan's settings (a KV dtype it does not have).
   */
  public static Either<String, LaunchCommand> of(
      RuntimeKind runtime,
      Solution solution,
      PlanSettings settings,
      String model,
      boolean local,
      Option<String> revision,
      Option<String> ggufFile) {
    Candidate c = solution.chosen();
    LaunchRequest r =
        LaunchRequest.of(model, c.maxLength())
            .withSource(local, revision, ggufFile)
            .withLayout(
                c.layout().tensorParallel(),
                c.layout().pipelineParallel(),
                c.layout().dataParallel())
            .withMemory(
                settings.kvCacheDtype() == KvDtype.AUTO
                    ? "auto"
                    : settings.kvCacheDtype().wireName(),
                settings.memoryUtilization(),
                settings.dtype().map(DType::wireName));
    if (runtime == RuntimeKind.LLAMA_CPP) {
      int slots = (int) Math.max(1, Math.round(c.concurrency()));
      if (c.offload().isDefined()) {
        OffloadPlan o = c.offload().get();
        r =
            r.withOffload(
                o.gpuLayers(),
                o.cpuMoeLayers(),
                c.layout().pipelineParallel() > 1 ? o.layersPerGpu() : List.of(),
                slots);
      }
    }
    return switch (runtime) {
      case VLLM -> VllmCommand.build(r);
      case SGLANG -> SglangCommand.build(r);
      case MAX -> MaxCommand.build(r);
      case LLAMA_CPP -> LlamaServerCommand.build(r);
    };
  }
}
