package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;
import java.util.Locale;

/** Rule: how layouts and their capacity are named in sentences ("tp4 x dp2", "31.88 requests"). */
public final class Describe {

  private Describe() {}

  /** {@code tp4 x dp2}, {@code tp2 x pp2}, {@code tp1}: degrees of 1 left out but tp. */
  public static String layout(Layout l) {
    StringBuilder s = new StringBuilder("tp").append(l.tensorParallel());
    if (l.pipelineParallel() > 1) {
      s.append(" x pp").append(l.pipelineParallel());
    }
    if (l.dataParallel() > 1) {
      s.append(" x dp").append(l.dataParallel());
    }
    return s.toString();
  }

  static String requests(Candidate c) {
    return String.format(
        Locale.ROOT,
        "%,d KV tokens per replica, %.2f requests of %,d tokens at once over %d replica%s",
        c.kvCacheTokens(),
        c.totalConcurrency(),
        c.maxLength(),
        c.layout().dataParallel(),
        c.layout().dataParallel() == 1 ? "" : "s");
  }
}
