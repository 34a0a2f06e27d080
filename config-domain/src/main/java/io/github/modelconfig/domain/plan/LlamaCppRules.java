package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: llama.cpp's accounting (src/llama-kv-cache.cpp, src/llama-model.cpp): every layer on the
 * GPUs ({@code -ngl} all), split over the GPUs in proportion to their memory ({@code --split-mode
 * layer}); KV cache per layer {@code n_ctx * (n_embd_k_gqa + n_embd_v_gqa) * type size} with {@code
 * n_ctx} padded to 256, sliding-window layers holding {@code n_swa + n_ubatch} tokens padded to 256
 * (src/llama-kv-cache-iswa.cpp, no {@code --swa-full}); a compute buffer per GPU. No utilization
 * factor: the device's memory is the budget.
 */
final class LlamaCppRules {

  static final int CONTEXT_PAD = 256;
  static final int UBATCH = 512;

  private LlamaCppRules() {}

  static Accounting account(
      PlanModel m,
      RuntimeProfile p,
      Layout l,
      long maxLength,
      List<PlanDevice> gpus,
      PlanDevice host,
      PlanSettings s) {
    int n = l.pipelineParallel();
    long ctx = TensorSharding.ceilDiv(maxLength, CONTEXT_PAD) * CONTEXT_PAD;
    long swaTokens =
        Math.min(
            ctx,
            TensorSharding.ceilDiv(m.layers().slidingWindow() + UBATCH, CONTEXT_PAD) * CONTEXT_PAD);
    long perLayerToken = s.kvCacheDtype().bytes(m.shape().kvElementsPerLayer(), 2);
    long compute = p.calibration().activationBytes(UBATCH, UBATCH, m.shape(), 1, 4);
    double factor = RuleInputs.weightFactor(m, s);
    long embedding = (long) (m.weights().bytes(WeightClass.EMBEDDING, 0, 0) * factor);
    List<DeviceAccount> accounts = new ArrayList<>(n);
    Option<String> why = Option.none();
    for (int g = 0; g < n; g++) {
      PlanDevice d = gpus.get(g);
      int from = PipelineStages.start(m.shape().numLayers(), n, g);
      int to = from + PipelineStages.size(m.shape().numLayers(), n, g);
      long weights = TensorSharding.stageRankBytes(m, 1, n, g, factor);
      if (g == 0 && !(m.shape().tiedEmbeddings() && n == 1)) {
        weights -= embedding;
      }
      long full = m.layers().count(LayerKind.FULL, from, to);
      long swa = m.layers().count(LayerKind.SLIDING, from, to);
      long kv = (full * ctx + swa * swaTokens) * perLayerToken;
      DeviceAccount a =
          new DeviceAccount(
              d.id(),
              d.name(),
              d.visibleBytes(),
              weights,
              compute,
              p.calibration().overheadBytes(1),
              kv,
              0);
      accounts.add(a);
      if (why.isEmpty() && a.headroomBytes() < 0) {
        why =
            Option.of(
                "device "
                    + d.id()
                    + " lacks "
                    + GpuPool.gib(-a.headroomBytes())
                    + " for its layers, KV cache and compute buffer; offload layers (-ngl) or"
                    + " lower --max-length");
      }
    }
    if (host != null) {
      accounts.add(new DeviceAccount(-1, host.name(), host.visibleBytes(), embedding, 0, 0, 0, 0));
    }
    List<Warning> warnings = new ArrayList<>(1);
    if (m.weights().estimated()) {
      warnings.add(
          new Warning(
              WarningCode.WEIGHTS_ESTIMATED,
              "Weight bytes are estimated from config.json (no tensor shapes read)."));
    }
    return new Accounting(
        p.kind(),
        p.version(),
        l,
        maxLength,
        ctx,
        (double) ctx / maxLength,
        perLayerToken * m.shape().numLayers(),
        CONTEXT_PAD,
        why.isEmpty(),
        why,
        accounts,
        warnings);
  }
}
