package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.PlanReport;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.DeviceAccount;
import io.github.modelconfig.domain.plan.Layout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: the JSON of a plan, keys as docs/plan.md fixes them ({@code runtime}, {@code
 * runtime_version}, {@code fits}, {@code layout}, {@code max_length}, {@code kv_cache_tokens},
 * {@code max_concurrency}, {@code devices}, {@code command}, {@code alternatives}, {@code
 * warnings}, {@code errors}), then more: the model, why it does not fit, KV bytes per token, the
 * block size, whether weights were estimated, the profile's sources; with the solver's answer
 * ({@link PlanSolutionJson}) the alternatives say why each lost, and {@code advice} and {@code
 * offload} appear.
 */
final class PlanJson {

  private PlanJson() {}

  static Map<String, Object> of(PlanReport r) {
    Accounting a = r.accounting();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("runtime", a.runtime().wireName());
    j.put("runtime_version", a.runtimeVersion());
    j.put("fits", a.fits());
    j.put("layout", layout(a.layout()));
    j.put("max_length", a.maxLength());
    j.put("kv_cache_tokens", a.kvCacheTokens());
    j.put("max_concurrency", round(a.maxConcurrency()));
    j.put("devices", a.devices().stream().map(PlanJson::device).toList());
    j.put("command", r.command().getOrNull());
    j.put("alternatives", r.alternatives().stream().map(PlanJson::alternative).toList());
    List<Warning> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(a.warnings());
    j.put("warnings", warnings.stream().map(PlanJson::warning).toList());
    j.put("errors", List.of());
    j.put("model", r.resolved().modelPath());
    j.put("architecture", r.model().architecture());
    j.put("why", a.why().getOrNull());
    j.put("kv_bytes_per_token", a.kvBytesPerToken());
    j.put("block_size", a.blockSize());
    j.put("total_concurrency", round(a.totalConcurrency()));
    j.put("weights_estimated", r.model().weights().estimated());
    j.put("profile_source", r.profile().source());
    r.solution().forEach(s -> PlanSolutionJson.over(j, s));
    return OutputSchema.PLAN.stamp(j);
  }

  static Map<String, Object> layout(Layout l) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("tensor_parallel", l.tensorParallel());
    j.put("pipeline_parallel", l.pipelineParallel());
    j.put("data_parallel", l.dataParallel());
    return j;
  }

  static Map<String, Object> device(DeviceAccount d) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", d.id());
    j.put("name", d.name());
    j.put("budget_bytes", d.budgetBytes());
    j.put("weights_bytes", d.weightsBytes());
    j.put("activation_bytes", d.activationBytes());
    j.put("overhead_bytes", d.overheadBytes());
    j.put("kv_cache_bytes", d.kvCacheBytes());
    j.put("offloaded_layers", d.offloadedLayers());
    j.put("headroom_bytes", d.headroomBytes());
    return j;
  }

  private static Map<String, Object> alternative(Accounting a) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("layout", layout(a.layout()));
    j.put("fits", a.fits());
    j.put("why", a.why().getOrNull());
    j.put("kv_cache_tokens", a.kvCacheTokens());
    j.put("max_concurrency", round(a.maxConcurrency()));
    return j;
  }

  private static Map<String, Object> warning(Warning w) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("code", w.code().wireName());
    j.put("message", w.message());
    return j;
  }

  /** Two decimals, as PLAN.md shows ({@code 31.88}). */
  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
