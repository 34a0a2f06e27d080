package io.github.modelconfig.app.bench;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanModels;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.plan.RuntimeProfiles;
import io.github.modelconfig.domain.plan.solve.LayoutSolver;
import io.github.modelconfig.domain.plan.solve.Solution;
import io.github.modelconfig.domain.plan.solve.SolveRequest;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark: one {@code plan} without layout flags, in process: Llama-3.1-70B (config.json
 * values) on 8 x H100 80GB, every layout of the target with its context auto-fit, for vLLM, SGLang
 * and MAX; {@code fits=nowhere} plans it on 2 x RTX 4090, where the solver also searches larger
 * targets for what would fit. The bound: under 50 ms per plan. Run: {@code ./mvnw -B -pl
 * app -am -Pbench -DskipTests test -Djmh.args=PlanSolverBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class PlanSolverBenchmark {

  @Param({"vllm", "sglang", "max"})
  public String runtime;

  @Param({"8xh100", "nowhere"})
  public String fits;

  private SolveRequest request;

  @Setup
  public void setUp() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("architectures", List.of("LlamaForCausalLM"));
    c.put("model_type", "llama");
    c.put("hidden_size", 8192L);
    c.put("intermediate_size", 28_672L);
    c.put("num_hidden_layers", 80L);
    c.put("num_attention_heads", 64L);
    c.put("num_key_value_heads", 8L);
    c.put("max_position_embeddings", 131_072L);
    c.put("vocab_size", 128_256L);
    c.put("rope_theta", 500_000.0);
    c.put("tie_word_embeddings", false);
    c.put("torch_dtype", "bfloat16");
    RawModelConfig config = RawModelConfig.of(c);
    ModelFacts facts = ModelFacts.of(Option.of(config), Option.none()).get();
    PlanModel model = PlanModels.fromConfig("LlamaForCausalLM", facts, config).get();
    RuntimeProfile profile =
        switch (runtime) {
          case "vllm" -> RuntimeProfiles.VLLM;
          case "sglang" -> RuntimeProfiles.SGLANG;
          default -> RuntimeProfiles.MAX;
        };
    boolean h100 = fits.equals("8xh100");
    List<PlanDevice> gpus =
        IntStream.range(0, h100 ? 8 : 2)
            .mapToObj(
                i ->
                    new PlanDevice(
                        i,
                        h100 ? "H100" : "RTX 4090",
                        h100 ? 85_030_486_016L : 24_564L << 20,
                        "bench"))
            .toList();
    request = SolveRequest.choose(model, profile, gpus, PlanSettings.DEFAULTS);
  }

  @Benchmark
  public Solution plan() {
    return LayoutSolver.solve(request);
  }
}
