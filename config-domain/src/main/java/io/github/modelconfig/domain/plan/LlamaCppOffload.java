package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: llama.cpp's placement when a model does not fit its GPUs whole, in the order of its {@code
 * --fit} (common/fit, llama.cpp b7100+): first the routed experts of the first layers go to the CPU
 * ({@code --n-cpu-moe}, fewest layers that make every layer fit), then, with every expert on the
 * CPU, whole layers from the front ({@code --n-gpu-layers} counts the rest). Each GPU keeps {@link
 * #FIT_MARGIN} free (the default of {@code --fit-target}, tools/server/README.md) and a compute
 * buffer; the token embedding always stays on the CPU (llama.cpp's input layer); a layer's KV cache
 * lives where the layer does. The host (id -1) holds the rest and its memory is checked too.
 */
public final class LlamaCppOffload {

  /** 1024 MiB per device: {@code --fit-target} default. */
  public static final long FIT_MARGIN = 1024L << 20;

  private LlamaCppOffload() {}

  /** The placement of one replica on {@code gpus} (and {@code host}) at {@code maxLength}. */
  public static OffloadAccounting plan(
      PlanModel m,
      RuntimeProfile p,
      Layout layout,
      long maxLength,
      List<PlanDevice> gpus,
      Option<PlanDevice> host,
      PlanSettings s) {
    LayerCosts c = LayerCosts.of(m, p, maxLength, s);
    int n = m.shape().numLayers();
    int k = layout.pipelineParallel();
    long[] capacity = new long[k];
    for (int g = 0; g < k; g++) {
      capacity[g] = Math.max(0, budget(gpus.get(g)) - c.computeBytes - c.overheadBytes);
    }
    boolean moe = c.hasExperts();
    int cpuMoe = 0;
    LayerFill fill = null;
    for (; cpuMoe <= (moe ? n : 0) && (fill == null || fill.count < n); cpuMoe++) {
      fill = LayerFill.of(c.gpuNeed(cpuMoe), c.headBytes, capacity);
    }
    boolean headOnGpu = fill != null && fill.count == n;
    if (headOnGpu) {
      cpuMoe--;
    } else {
      cpuMoe = moe ? n : 0;
      fill = LayerFill.of(c.gpuNeed(cpuMoe), -1, capacity);
      fill = fill == null ? LayerFill.empty(k) : fill;
    }
    int onGpu = fill.count;
    int ngl = headOnGpu ? n + 1 : onGpu;
    int gpuMoe = Math.min(cpuMoe, n);
    List<Integer> perGpu = new ArrayList<>(k);
    List<DeviceAccount> accounts = new ArrayList<>(k + 1);
    for (int g = 0; g < k; g++) {
      PlanDevice d = gpus.get(g);
      perGpu.add(fill.perGpu[g]);
      long kv = c.kvOfGpuLayers(fill.perGpu, g);
      accounts.add(
          new DeviceAccount(
              d.id(),
              d.name(),
              budget(d),
              fill.used[g] - kv,
              c.computeBytes,
              c.overheadBytes,
              kv,
              0));
    }
    OffloadPlan plan = new OffloadPlan(ngl, gpuMoe, perGpu, n - onGpu);
    HostShare share = HostShare.of(c, n - onGpu, gpuMoe, headOnGpu);
    if (share.total() > 0) {
      // unknown host memory (a what-if target): its budget is what it holds, and a warning says so
      PlanDevice h = host.getOrElse(new PlanDevice(-1, "host", share.total(), "not checked"));
      accounts.add(
          new DeviceAccount(
              -1,
              h.name(),
              h.visibleBytes(),
              share.weights,
              share.compute,
              0,
              share.kv,
              n - onGpu));
    }
    return new OffloadAccounting(result(m, p, layout, maxLength, c, accounts, plan, host), plan);
  }

  static long budget(PlanDevice d) {
    return Math.max(0, d.visibleBytes() - FIT_MARGIN);
  }

  private static Accounting result(
      PlanModel m,
      RuntimeProfile p,
      Layout layout,
      long maxLength,
      LayerCosts c,
      List<DeviceAccount> accounts,
      OffloadPlan plan,
      Option<PlanDevice> host) {
    Option<String> why = Option.none();
    for (DeviceAccount a : accounts) {
      if (why.isEmpty() && a.headroomBytes() < 0) {
        why = Option.of(OffloadWords.short_(a));
      }
    }
    List<Warning> warnings = new ArrayList<>(3);
    if (plan.usesHost()) {
      warnings.add(new Warning(WarningCode.LAYERS_ON_HOST, OffloadWords.onHost(plan, m)));
      if (host.isEmpty()) {
        warnings.add(
            new Warning(
                WarningCode.PLAN_APPROXIMATE,
                "Host memory is unknown for this target: the layers left on the CPU were not"
                    + " checked against it."));
      }
    }
    if (m.weights().estimated()) {
      warnings.add(
          new Warning(
              WarningCode.WEIGHTS_ESTIMATED,
              "Weight bytes per layer are estimated from config.json (no tensor shapes read)."));
    }
    return new Accounting(
        p.kind(),
        p.version(),
        layout,
        maxLength,
        c.context,
        (double) c.context / maxLength,
        c.perLayerToken * m.shape().numLayers(),
        LlamaCppRules.CONTEXT_PAD,
        why.isEmpty(),
        why,
        accounts,
        warnings);
  }
}
