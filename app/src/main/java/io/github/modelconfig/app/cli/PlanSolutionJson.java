package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.plan.OffloadPlan;
import io.github.modelconfig.domain.plan.solve.Alternative;
import io.github.modelconfig.domain.plan.solve.Candidate;
import io.github.modelconfig.domain.plan.solve.Solution;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CLI: the solver's keys of a plan's JSON, over the accounting's: the verdict with the requested
 * concurrency ({@code fits}, {@code why}), the chosen context and requests ({@code max_length},
 * {@code max_concurrency}, {@code total_concurrency}), {@code advice} when nothing fits,
 * llama.cpp's {@code offload}, and the {@code alternatives} with why each lost or does not fit.
 */
final class PlanSolutionJson {

  private PlanSolutionJson() {}

  static void over(Map<String, Object> j, Solution s) {
    Candidate c = s.chosen();
    j.put("fits", s.fits());
    j.put("max_length", c.maxLength());
    j.put("kv_cache_tokens", c.kvCacheTokens());
    j.put("max_concurrency", PlanJson.round(c.concurrency()));
    j.put("alternatives", s.alternatives().stream().map(PlanSolutionJson::alternative).toList());
    j.put("why", c.why().getOrNull());
    j.put("total_concurrency", PlanJson.round(c.totalConcurrency()));
    j.put("advice", s.advice().getOrNull());
    j.put("offload", c.offload().map(PlanSolutionJson::offload).getOrNull());
  }

  private static Map<String, Object> alternative(Alternative a) {
    Candidate c = a.candidate();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("layout", PlanJson.layout(c.layout()));
    j.put("fits", c.meets());
    j.put("why", a.why());
    j.put("max_length", c.maxLength());
    j.put("kv_cache_tokens", c.kvCacheTokens());
    j.put("max_concurrency", PlanJson.round(c.concurrency()));
    j.put("total_concurrency", PlanJson.round(c.totalConcurrency()));
    return j;
  }

  private static Map<String, Object> offload(OffloadPlan o) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("n_gpu_layers", o.gpuLayers());
    j.put("n_cpu_moe", o.cpuMoeLayers());
    j.put("layers_per_gpu", o.layersPerGpu());
    j.put("layers_on_host", o.layersOnHost());
    return j;
  }
}
