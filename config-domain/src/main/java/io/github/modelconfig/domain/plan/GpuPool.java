package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the paged KV pool of a GPU runtime (vLLM, SGLang, MAX): each rank's KV memory is its budget
 * less weights, activation and overhead; every rank allocates the same number of blocks, the
 * smallest any rank can hold ({@code min} over workers, vllm/v1/core/kv_cache_utils.py); the pool
 * holds {@code blocks * blockSize} tokens.
 */
final class GpuPool {

  private GpuPool() {}

  static Accounting account(
      PlanModel m,
      RuntimeProfile p,
      Layout l,
      long maxLength,
      List<PlanDevice> gpus,
      GpuRule rule) {
    int tp = l.tensorParallel();
    int pp = l.pipelineParallel();
    double factor = rule.weightFactor();
    long[] weights = new long[pp];
    long[] perToken = new long[pp];
    long blocks = Long.MAX_VALUE;
    int tight = 0;
    for (int s = 0; s < pp; s++) {
      weights[s] = TensorSharding.stageRankBytes(m, tp, pp, s, factor) + rule.extraWeightBytes();
      perToken[s] =
          KvPerToken.bytes(m, rule.kvDtype(), rule.computeBytes(), tp, pp, s, rule.slidingAsFull());
      long perBlock = Math.max(1, perToken[s] * rule.blockSize());
      for (int r = 0; r < tp; r++) {
        long avail = available(gpus.get(s * tp + r), weights[s], rule);
        long b = avail <= 0 ? 0 : avail / perBlock;
        if (b < blocks) {
          blocks = b;
          tight = s * tp + r;
        }
      }
    }
    long tokens = blocks * rule.blockSize();
    List<DeviceAccount> accounts = new ArrayList<>(l.gpusPerReplica());
    long busiest = 0;
    for (int s = 0; s < pp; s++) {
      busiest = Math.max(busiest, perToken[s]);
      for (int r = 0; r < tp; r++) {
        PlanDevice d = gpus.get(s * tp + r);
        accounts.add(
            new DeviceAccount(
                d.id(),
                d.name(),
                budget(d, rule),
                weights[s],
                rule.activationBytes(),
                rule.overheadBytes(),
                blocks * rule.blockSize() * perToken[s],
                0));
      }
    }
    Option<String> why = why(accounts.get(tight), tokens, maxLength, rule);
    List<Warning> warnings = new ArrayList<>(2);
    if (why.isEmpty() && tokens < maxLength) {
      warnings.add(
          new Warning(
              WarningCode.MAX_LENGTH_CLAMPED,
              "The KV pool holds "
                  + tokens
                  + " tokens, fewer than the max length "
                  + maxLength
                  + "; "
                  + p.kind().wireName()
                  + " caps requests at the pool's size."));
    }
    if (m.weights().estimated()) {
      warnings.add(
          new Warning(
              WarningCode.WEIGHTS_ESTIMATED,
              "Weight bytes per device are estimated from config.json (no tensor shapes read)."));
    }
    return new Accounting(
        p.kind(),
        p.version(),
        l,
        maxLength,
        tokens,
        (double) tokens / maxLength,
        busiest,
        rule.blockSize(),
        why.isEmpty(),
        why,
        accounts,
        warnings);
  }

  static long budget(PlanDevice d, GpuRule rule) {
    return (long) Math.floor(d.visibleBytes() * rule.utilization());
  }

  private static long available(PlanDevice d, long weights, GpuRule rule) {
    return budget(d, rule) - weights - rule.activationBytes() - rule.overheadBytes();
  }

  private static Option<String> why(DeviceAccount a, long tokens, long maxLength, GpuRule rule) {
    long free = a.budgetBytes() - a.staticBytes();
    if (free <= 0) {
      return Option.of(
          "device "
              + a.id()
              + ": weights, activation and overhead ("
              + gib(a.staticBytes())
              + ") leave no KV cache memory in the budget of "
              + gib(a.budgetBytes())
              + " (utilization "
              + rule.utilization()
              + ")");
    }
    if (tokens < maxLength && rule.refusesShortPool()) {
      return Option.of(
          "the KV cache holds "
              + tokens
              + " tokens, fewer than the max length "
              + maxLength
              + "; lower --max-length or add GPUs");
    }
    return Option.none();
  }

  static Accounting refused(RuntimeProfile p, Layout l, long maxLength, String why) {
    return new Accounting(
        p.kind(),
        p.version(),
        l,
        maxLength,
        0,
        0,
        0,
        p.blockSize(),
        false,
        Option.of(why),
        List.of(),
        List.of());
  }

  /**
   * Bytes in GiB to two decimals, without {@code String.format}: a solver accounts many layouts
   * that do not fit, each with its reason.
   */
  static String gib(long bytes) {
    return Math.round(bytes / (double) (1L << 30) * 100) / 100.0 + " GiB";
  }
}
