package io.github.modelconfig.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the memory accounting of one layout. The one entry point a layout solver calls, many times
 * per plan: pure, no I/O, arithmetic over the precomputed {@link PlanModel} (O(devices) work, a few
 * small objects).
 */
public final class PlanAccounting {

  private PlanAccounting() {}

  /**
   * Accounts {@code model} served by {@code profile}'s runtime with {@code layout} and requests of
   * up to {@code maxLength} tokens on {@code devices}.
   *
   * <p>Contract:
   *
   * <ul>
   *   <li>{@code devices} are the GPUs of ONE replica in rank order ({@code rank = stage * tp +
   *       tp_rank}); only the first {@code tp * pp} are used; a device with id -1 is the host
   *       (llama.cpp may leave layers there; ignored by other runtimes). Every replica of a
   *       data-parallel layout is assumed identical.
   *   <li>The result's {@code devices} list one account per used GPU in the same order, plus the
   *       host for llama.cpp when layers are left on it; it is empty when the layout is refused
   *       before any memory is counted (heads, KV heads, vocabulary or MLP width not divisible, too
   *       few GPUs, more stages than layers).
   *   <li>{@code kvCacheTokens} is what the runtime reports for one replica ("GPU KV cache size",
   *       SGLang's "#tokens", llama.cpp's padded {@code n_ctx}): the minimum over ranks, a multiple
   *       of the runtime's block size.
   *   <li>{@code fits} is false, with {@code why}, when the runtime would refuse to start: weights
   *       and overhead over budget, no room for KV cache, or fewer KV tokens than {@code
   *       maxLength}. Never true for a layout the runtime refuses.
   *   <li>Same inputs, same output; thread-safe.
   * </ul>
   */
  public static Accounting evaluate(
      PlanModel model,
      RuntimeProfile profile,
      Layout layout,
      long maxLength,
      List<PlanDevice> devices,
      PlanSettings settings) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("max length must be >= 1, was " + maxLength);
    }
    List<PlanDevice> gpus = new ArrayList<>(devices.size());
    PlanDevice host = null;
    for (PlanDevice d : devices) {
      if (d.isHost()) {
        host = d;
      } else {
        gpus.add(d);
      }
    }
    var problem = LayoutChecks.problem(model, layout, profile.kind(), gpus.size());
    if (problem.isDefined()) {
      return GpuPool.refused(profile, layout, maxLength, problem.get());
    }
    return switch (profile.kind()) {
      case VLLM ->
          GpuPool.account(
              model,
              profile,
              layout,
              maxLength,
              gpus,
              VllmRules.rule(model, profile, layout, settings, gpus.get(0)));
      case SGLANG ->
          GpuPool.account(
              model,
              profile,
              layout,
              maxLength,
              gpus,
              SglangRules.rule(model, profile, layout, settings, gpus.get(0)));
      case MAX -> max(model, profile, layout, maxLength, gpus, settings);
      case LLAMA_CPP ->
          LlamaCppRules.account(model, profile, layout, maxLength, gpus, host, settings);
    };
  }

  /** MAX: resolve's own memory plan when the model came from resolve, else its rules' outline. */
  private static Accounting max(
      PlanModel model,
      RuntimeProfile profile,
      Layout layout,
      long maxLength,
      List<PlanDevice> gpus,
      PlanSettings settings) {
    if (model.resolved().isDefined() && model.resolved().get().architecture().isDefined()) {
      return MaxAccounting.account(
          model.resolved().get(), profile, layout, maxLength, gpus, settings);
    }
    return GpuPool.account(
        model, profile, layout, maxLength, gpus, MaxRules.rule(model, profile, layout, settings));
  }
}
