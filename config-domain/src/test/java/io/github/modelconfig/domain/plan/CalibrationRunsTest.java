package io.github.modelconfig.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The accounting against every public start-up log of test resources {@code calibration/}: weights
 * per device, KV-cache memory and tokens, predicted from config.json alone (no tensor read), the
 * GPU and the flags of the run. Writes the table of docs/accuracy.md to {@code
 * target/accuracy-table.md}.
 */
class CalibrationRunsTest {

  record Row(CalibrationRuns.Run run, Accounting a, double weightsGib, double kvGib) {

    Option<Double> weightsError() {
      return run.weightsGib().map(m -> (weightsGib - m) / m);
    }

    Option<Double> tokensError() {
      return run.kvTokens().map(m -> (a.kvCacheTokens() - (double) m) / m);
    }

    Option<Double> kvError() {
      return run.kvGib().map(m -> (kvGib - m) / m);
    }
  }

  static List<Row> predictions() {
    Map<String, io.github.modelconfig.domain.model.RawModelConfig> models =
        CalibrationRuns.models();
    List<Row> rows = new ArrayList<>();
    for (CalibrationRuns.Run run : CalibrationRuns.runs()) {
      PlanModel m = CalibrationRuns.model(models.get(run.model()));
      RuntimeProfile p = RuntimeProfiles.of(run.runtime(), run.version()).get();
      long gpu = (long) (run.gpuGib() * CalibrationRuns.GIB);
      List<PlanDevice> devices =
          IntStream.range(0, run.tp() * run.pp())
              .mapToObj(i -> new PlanDevice(i, run.gpu(), gpu, run.source()))
              .toList();
      PlanSettings s =
          new PlanSettings(
              Option.of(run.util()),
              KvDtype.AUTO,
              Option.none(),
              run.maxSeqs(),
              Option.of(run.batchedTokens()));
      Accounting a =
          PlanAccounting.evaluate(
              m, p, new Layout(run.tp(), run.pp(), 1), run.maxLength(), devices, s);
      DeviceAccount d = a.devices().get(a.devices().size() - 1);
      double kv = (d.budgetBytes() - d.staticBytes()) / CalibrationRuns.GIB;
      rows.add(new Row(run, a, d.weightsBytes() / CalibrationRuns.GIB, kv));
    }
    return rows;
  }

  @Test
  void weights_per_device_within_one_percent_of_what_the_runtime_reports() throws IOException {
    List<Row> rows = predictions();
    write(rows);
    double worst = 0;
    for (Row r : rows) {
      for (double e : r.weightsError()) {
        worst = Math.max(worst, Math.abs(e));
      }
    }
    assertThat(worst).isLessThan(0.025);
    assertThat(mean(rows, Row::weightsError)).isLessThan(0.01);
  }

  @Test
  void kv_cache_tokens_within_three_percent_of_what_the_runtime_reports() {
    List<Row> rows = predictions();
    assertThat(mean(rows, Row::tokensError)).isLessThan(0.03);
    assertThat(mean(rows, Row::kvError)).isLessThan(0.03);
  }

  @Test
  void a_run_the_runtime_refused_is_not_called_fitting() {
    // v04: vLLM 0.17.1 at 0.70 refused to start ("1.0 GiB KV cache is needed" for 8192 tokens).
    Row refused = predictions().stream().filter(r -> r.run().id().equals("v04")).findFirst().get();
    assertThat(refused.a().fits()).isFalse();
  }

  static double mean(List<Row> rows, java.util.function.Function<Row, Option<Double>> error) {
    return rows.stream()
        .flatMap(r -> error.apply(r).toJavaStream())
        .mapToDouble(Math::abs)
        .average()
        .orElse(0);
  }

  static void write(List<Row> rows) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(
        "| run | runtime | model | GPU | tp | util | weights GiB (pred / log / err) |"
            + " KV GiB (pred / log / err) | KV tokens (pred / log / err) | fits |\n");
    s.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      CalibrationRuns.Run run = r.run();
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %s %s | %s | %s | %d | %.2f | %.2f / %s / %s | %.2f / %s / %s | %d / %s / %s"
                  + " | %s |%n",
              run.id(),
              run.runtime().wireName(),
              run.version(),
              run.model(),
              run.gpu(),
              run.tp(),
              run.util(),
              r.weightsGib(),
              run.weightsGib().map(v -> String.format(Locale.ROOT, "%.2f", v)).getOrElse("-"),
              pct(r.weightsError()),
              r.kvGib(),
              run.kvGib().map(v -> String.format(Locale.ROOT, "%.2f", v)).getOrElse("-"),
              pct(r.kvError()),
              r.a().kvCacheTokens(),
              run.kvTokens().map(String::valueOf).getOrElse("-"),
              pct(r.tokensError()),
              r.a().fits() ? "yes" : "no"));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "%nMean absolute error: weights %s, KV GiB %s, KV tokens %s.%n",
            pct(Option.of(mean(rows, Row::weightsError))),
            pct(Option.of(mean(rows, Row::kvError))),
            pct(Option.of(mean(rows, Row::tokensError)))));
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("accuracy-table.md"), s.toString());
    }
  }

  private static String pct(Option<Double> e) {
    return e.map(v -> String.format(Locale.ROOT, "%+.2f%%", v * 100)).getOrElse("-");
  }
}
