package io.github.modelconfig.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** llama.cpp's KV-cache size against the "KV self size" lines of public logs, to the MiB. */
class LlamaCppKvLinesTest {

  @Test
  void every_logged_kv_cache_size_is_predicted_exactly() {
    Map<String, io.github.modelconfig.domain.model.RawModelConfig> models =
        CalibrationRuns.models();
    List<String[]> lines = CalibrationRuns.rows("llamacpp.tsv");
    assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
    for (String[] f : lines) {
      PlanModel m = CalibrationRuns.model(models.get(f[1]));
      List<PlanDevice> gpu = List.of(new PlanDevice(0, "gpu", 1L << 40, "test"));
      Accounting a =
          PlanAccounting.evaluate(
              m,
              RuntimeProfiles.LLAMA_CPP,
              Layout.SINGLE,
              Long.parseLong(f[2]),
              gpu,
              PlanSettings.DEFAULTS);
      double mib = a.devices().get(0).kvCacheBytes() / (double) (1 << 20);
      assertThat(mib).as(f[0] + " " + f[1]).isEqualTo(Double.parseDouble(f[4]));
      assertThat(a.kvCacheTokens()).isEqualTo(Long.parseLong(f[2]));
    }
  }
}
