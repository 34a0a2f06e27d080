package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheQuantization;
import io.github.modelconfig.domain.kvcache.KvCacheSizing;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule: the memory steps of a resolution (reference §5.4-5.6): the plan of a model with a KV cache
 * on its devices (none, with a warning saying why, when its shape, a weight file's size or the
 * devices are unknown), then the max-length clamp to what the KV cache holds.
 */
public final class MemoryPlanning {

  /**
   * Value: the model as the plan sees it: architecture name, facts, config.json, weight bytes, and
   * how the architecture quantizes an FP8 KV cache.
   */
  public record Model(
      String architecture,
      Option<ModelFacts> facts,
      RawModelConfig config,
      Option<Long> weightsBytes,
      Option<KvCacheQuantization> kvCacheQuantization) {

    public Model {
      Objects.requireNonNull(architecture, "architecture");
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(weightsBytes, "weightsBytes");
      Objects.requireNonNull(kvCacheQuantization, "kvCacheQuantization");
    }

    /** A model whose architecture keeps an FP8 KV cache without scales. */
    public Model(
        String architecture,
        Option<ModelFacts> facts,
        RawModelConfig config,
        Option<Long> weightsBytes) {
      this(architecture, facts, config, weightsBytes, Option.none());
    }
  }

  /** Value: the request's bounds: max length (the user's and the resolved), batch size, DP. */
  public record Limits(
      Option<Long> userMaxLength,
      Option<Long> maxLength,
      Option<Long> userMaxBatchSize,
      int dataParallelDegree) {

    public Limits {
      Objects.requireNonNull(userMaxLength, "userMaxLength");
      Objects.requireNonNull(maxLength, "maxLength");
      Objects.requireNonNull(userMaxBatchSize, "userMaxBatchSize");
    }
  }

  private MemoryPlanning() {}

  public static Checked<Option<MemoryPlan>> plan(
      Model model,
      ResolvedKvCache kv,
      List<DeviceSpec> specs,
      List<Device> visible,
      Limits limits) {
    Option<ModelFacts> facts = model.facts();
    if (facts.isEmpty() || model.weightsBytes().isEmpty()) {
      return none(
          facts.isEmpty()
              ? "neither config.json nor a GGUF header gives the model's shape."
              : "the size of a weight file is unknown.");
    }
    List<Device> devices = DevicePlacement.devicesFor(specs, visible);
    if (devices.isEmpty()) {
      return none(
          "the devices chosen ("
              + specs
              + ") are not among those known ("
              + visible.stream().map(d -> d.spec().toString()).toList()
              + "), e.g. a CPU-only encoding with a GPU --target.");
    }
    return KvCacheSizing.params(
            facts.get(),
            kv,
            devices.size(),
            limits.dataParallelDegree(),
            model.kvCacheQuantization())
        .map(
            params ->
                Checked.of(params)
                    .flatMap(
                        p ->
                            MemoryPlanner.plan(request(model, kv, devices, p, limits))
                                .map(Option::of)))
        .getOrElse(
            () ->
                none(
                    "the KV cache size is unknown because the model config gives no "
                        + unknownShape(facts.get())
                        + "."));
  }

  /** The max length, lowered to what the plan's KV cache holds, with a warning when it is. */
  public static Checked<Option<Long>> clampMaxLength(
      Option<Long> maxLength, boolean userGiven, Option<MemoryPlan> memory) {
    return MaxLengthClamp.clamp(maxLength, userGiven, memory);
  }

  private static MemoryRequest request(
      Model model, ResolvedKvCache kv, List<Device> devices, KvCacheParams params, Limits limits) {
    long activation =
        ActivationEstimates.estimate(
            model.architecture(),
            model.config().integer("num_attention_heads").getOrElse(0L),
            model.config().integer("qk_nope_head_dim").getOrElse(0L),
            limits.dataParallelDegree(),
            limits.maxLength().getOrElse(0L),
            kv.cacheDtype().sizeInBytes());
    return new MemoryRequest(
        devices,
        kv.config().deviceMemoryUtilization(),
        model.weightsBytes().get(),
        activation,
        params,
        limits.userMaxLength(),
        limits.maxLength().getOrElse(0L),
        limits.userMaxBatchSize(),
        MemoryRequest.DEFAULT_MAX_BATCH_INPUT_TOKENS);
  }

  private static Checked<Option<MemoryPlan>> none(String why) {
    return Checked.<Option<MemoryPlan>>valid(Option.none())
        .warn(List.of(new Warning(WarningCode.NO_MEMORY_PLAN, "No memory plan: " + why)));
  }

  /** The names of the KV-cache dimensions the model config leaves unknown. */
  private static String unknownShape(ModelFacts facts) {
    List<String> unknown = new ArrayList<>();
    if (facts.numHiddenLayers().isEmpty()) {
      unknown.add("num_hidden_layers");
    }
    if (facts.kvHeadsForCache().isEmpty()) {
      unknown.add("num_key_value_heads / num_attention_heads");
    }
    if (facts.kvHeadDimForCache().isEmpty()) {
      unknown.add("head_dim (or hidden_size and num_attention_heads)");
    }
    return String.join(", ", unknown);
  }
}
