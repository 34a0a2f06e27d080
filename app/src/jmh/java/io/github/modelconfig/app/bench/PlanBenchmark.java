package io.github.modelconfig.app.bench;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanAccounting;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanModels;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.plan.RuntimeProfiles;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark: the accounting a layout solver calls many times per plan ({@link
 * PlanAccounting#evaluate}) for a Qwen3-235B-A22B-shaped MoE (94 layers, 128 experts) on 8 H100s,
 * one layout ({@code evaluate}) and a sweep of every tp x pp on 8 GPUs ({@code sweep}, 10 layouts),
 * per runtime; and building the plan's model from config.json ({@code model}). Run: {@code ./mvnw
 * -B -pl app -am -Pbench -DskipTests test -Djmh.args=PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class PlanBenchmark {

  @Param({"vllm", "sglang", "llama.cpp"})
  public String runtime;

  private RawModelConfig config;
  private ModelFacts facts;
  private PlanModel model;
  private RuntimeProfile profile;
  private List<PlanDevice> gpus;
  private Layout layout;

  @Setup
  public void setUp() {
    Map<String, Object> c = new HashMap<>();
    c.put("architectures", List.of("Qwen3MoeForCausalLM"));
    c.put("model_type", "qwen3_moe");
    c.put("hidden_size", 4096L);
    c.put("num_hidden_layers", 94L);
    c.put("num_attention_heads", 64L);
    c.put("num_key_value_heads", 4L);
    c.put("head_dim", 128L);
    c.put("intermediate_size", 12288L);
    c.put("moe_intermediate_size", 1536L);
    c.put("num_experts", 128L);
    c.put("num_experts_per_tok", 8L);
    c.put("vocab_size", 151936L);
    c.put("max_position_embeddings", 40960L);
    c.put("torch_dtype", "bfloat16");
    config = RawModelConfig.of(c);
    facts = ModelFacts.of(Option.of(config), Option.none()).get();
    model = PlanModels.fromConfig("Qwen3MoeForCausalLM", facts, config).get();
    profile =
        RuntimeProfiles.latest(
            io.github.modelconfig.domain.plan.RuntimeKind.parse(runtime).get());
    gpus =
        IntStream.range(0, 8)
            .mapToObj(i -> new PlanDevice(i, "H100", 85_030_486_016L, "bench"))
            .toList();
    layout = runtime.equals("llama.cpp") ? new Layout(1, 8, 1) : new Layout(8, 1, 1);
  }

  @Benchmark
  public Accounting evaluate() {
    return PlanAccounting.evaluate(model, profile, layout, 32768, gpus, PlanSettings.DEFAULTS);
  }

  @Benchmark
  public long sweep() {
    long tokens = 0;
    for (int tp = 1; tp <= 8; tp *= 2) {
      for (int pp = 1; tp * pp <= 8; pp++) {
        tokens +=
            PlanAccounting.evaluate(
                    model, profile, new Layout(tp, pp, 1), 32768, gpus, PlanSettings.DEFAULTS)
                .kvCacheTokens();
      }
    }
    return tokens;
  }

  @Benchmark
  public PlanModel model() {
    return PlanModels.fromConfig("Qwen3MoeForCausalLM", facts, config).get();
  }
}
