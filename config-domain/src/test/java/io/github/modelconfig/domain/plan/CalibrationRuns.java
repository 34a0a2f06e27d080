package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: the calibration runs and model shapes of test resources {@code calibration/}. */
final class CalibrationRuns {

  static final double GIB = 1L << 30;

  /** One start-up log: what was asked and what the runtime reported. */
  record Run(
      String id,
      RuntimeKind runtime,
      String version,
      String model,
      String gpu,
      double gpuGib,
      int tp,
      int pp,
      double util,
      long maxLength,
      long batchedTokens,
      Option<Integer> maxSeqs,
      Option<Double> weightsGib,
      Option<Double> kvGib,
      Option<Long> kvTokens,
      String source) {}

  private CalibrationRuns() {}

  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CalibrationRuns.class.getResourceAsStream("/calibration/" + resource),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (String[] f : rows("runs.tsv")) {
      runs.add(
          new Run(
              f[0],
              RuntimeKind.parse(f[1]).get(),
              f[2],
              f[3],
              f[4],
              Double.parseDouble(f[5]),
              Integer.parseInt(f[6]),
              Integer.parseInt(f[7]),
              Double.parseDouble(f[8]),
              Long.parseLong(f[9]),
              Long.parseLong(f[10]),
              opt(f[11]).map(Integer::parseInt),
              opt(f[12]).map(Double::parseDouble),
              opt(f[13]).map(Double::parseDouble),
              opt(f[14]).map(Long::parseLong),
              f[15]));
    }
    return runs;
  }

  /** The config.json of each model key of models.tsv. */
  static Map<String, RawModelConfig> models() {
    Map<String, RawModelConfig> models = new LinkedHashMap<>();
    for (String[] f : rows("models.tsv")) {
      Map<String, Object> c = new HashMap<>();
      c.put("architectures", List.of("LlamaForCausalLM"));
      c.put("model_type", "llama");
      c.put("hidden_size", Long.parseLong(f[1]));
      c.put("num_hidden_layers", Long.parseLong(f[2]));
      c.put("num_attention_heads", Long.parseLong(f[3]));
      c.put("num_key_value_heads", Long.parseLong(f[4]));
      c.put("head_dim", Long.parseLong(f[5]));
      c.put("intermediate_size", Long.parseLong(f[6]));
      c.put("vocab_size", Long.parseLong(f[7]));
      c.put("tie_word_embeddings", Boolean.parseBoolean(f[8]));
      c.put("torch_dtype", f[9]);
      c.put("max_position_embeddings", Long.parseLong(f[10]));
      if (Long.parseLong(f[11]) > 0) {
        c.put("num_experts", Long.parseLong(f[11]));
        c.put("num_experts_per_tok", Long.parseLong(f[12]));
        c.put("moe_intermediate_size", Long.parseLong(f[13]));
      }
      if (f[14].startsWith("awq")) {
        String[] q = f[14].split(":");
        c.put(
            "quantization_config",
            Map.of(
                "quant_method", "awq",
                "bits", Long.parseLong(q[1]),
                "group_size", Long.parseLong(q[2])));
      } else if (f[14].startsWith("fp8")) {
        c.put(
            "quantization_config",
            Map.of("quant_method", "fp8", "weight_block_size", List.of(128L, 128L)));
      }
      models.put(f[0], TestConfigs.raw(c));
    }
    return models;
  }

  static PlanModel model(RawModelConfig config) {
    ModelFacts facts = ModelFacts.of(Option.of(config), Option.none()).get();
    return PlanModels.fromConfig("calibration", facts, config).get();
  }

  private static Option<String> opt(String text) {
    return text.equals("-") ? Option.none() : Option.of(text);
  }
}
