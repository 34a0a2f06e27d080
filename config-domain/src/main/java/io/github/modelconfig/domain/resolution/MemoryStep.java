package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheSizing;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.memory.ActivationEstimates;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.memory.MemoryPlanner;
import io.github.modelconfig.domain.memory.MemoryRequest;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the memory plan of a resolved model (reference §5.4-5.5), for architectures with a KV
 * cache; none, with a warning saying why, when the model's shape, a weight file's size or the
 * devices are unknown.
 */
final class MemoryStep {

  private MemoryStep() {}

  static Checked<Option<MemoryPlan>> plan(Assembly a, List<Device> visible) {
    if (!a.arch().hasKvCache()) {
      return Checked.valid(Option.none());
    }
    Option<ModelFacts> facts = a.facts();
    if (facts.isEmpty() || a.weightsSize().isEmpty()) {
      return none(
          facts.isEmpty()
              ? "neither config.json nor a GGUF header gives the model's shape."
              : "the size of a weight file is unknown.");
    }
    List<DeviceSpec> specs = a.resolution().deviceSpecs();
    List<Device> devices = DevicePlacement.devicesFor(specs, visible);
    if (devices.isEmpty()) {
      return none(
          "the devices chosen ("
              + specs
              + ") are not among those known ("
              + visible.stream().map(d -> d.spec().toString()).toList()
              + "), e.g. a CPU-only encoding with a GPU --target.");
    }
    ResolvedKvCache kv = a.resolution().kvCache();
    int dp = a.request().dataParallelDegree();
    return KvCacheSizing.params(facts.get(), kv, devices.size(), dp)
        .map(
            params ->
                Checked.of(params)
                    .flatMap(p -> MemoryPlanner.plan(request(a, devices, p)).map(Option::of)))
        .getOrElse(
            () ->
                none(
                    "the KV cache size is unknown because the model config gives no "
                        + unknownShape(facts.get())
                        + "."));
  }

  private static MemoryRequest request(Assembly a, List<Device> devices, KvCacheParams params) {
    ModelConfigRequest request = a.request();
    ResolvedKvCache kv = a.resolution().kvCache();
    RawModelConfig raw = a.snapshot().config().getOrElse(RawModelConfig.empty());
    long activation =
        ActivationEstimates.estimate(
            a.arch().name(),
            raw.integer("num_attention_heads").getOrElse(0L),
            raw.integer("qk_nope_head_dim").getOrElse(0L),
            request.dataParallelDegree(),
            request.maxLength().orElse(a.maxLength()).getOrElse(0L),
            kv.cacheDtype().sizeInBytes());
    return new MemoryRequest(
        devices,
        kv.config().deviceMemoryUtilization(),
        a.weightsSize().get(),
        activation,
        params,
        request.maxLength(),
        a.maxLength().getOrElse(0L),
        request.maxBatchSize(),
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
