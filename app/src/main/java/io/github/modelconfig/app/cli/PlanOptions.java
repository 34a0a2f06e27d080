package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: the options {@code plan} adds to resolve's: the runtime and its version, the layout, and the
 * runtime's own settings, under the names vLLM uses ({@code --gpu-memory-utilization}, {@code
 * --kv-cache-dtype}, {@code --dtype}, {@code --max-num-seqs}, {@code --max-num-batched-tokens}).
 * Values stay text until {@link PlanFlags#bind()} checks them all at once.
 */
final class PlanOptions {

  /** Option name, label, help; in the order help lists them. */
  static final List<String[]> OPTIONS =
      List.of(
          new String[] {
            "--runtime", "RUNTIME", "Serving runtime: max (default), vllm, sglang, llama.cpp."
          },
          new String[] {
            "--runtime-version",
            "VERSION",
            "The runtime version whose rules to use (default: latest known)."
          },
          new String[] {
            "--tensor-parallel",
            "N",
            "Tensor-parallel ranks per replica (with the others: evaluate exactly this layout)."
          },
          new String[] {
            "--pipeline-parallel",
            "N",
            "Pipeline stages per replica (llama.cpp: GPUs the layers are split over)."
          },
          new String[] {"--data-parallel", "N", "Replicas, each on tp x pp GPUs."},
          new String[] {
            "--gpu-memory-utilization",
            "F",
            "Share of GPU memory the runtime may use (SGLang: --mem-fraction-static)."
          },
          new String[] {
            "--kv-cache-dtype",
            "DTYPE",
            "auto, bfloat16, float16, fp8, fp8_e5m2, q8_0, q5_1, q5_0, q4_1, q4_0, iq4_nl."
          },
          new String[] {"--dtype", "DTYPE", "Compute dtype: auto, bfloat16, float16, float32."},
          new String[] {"--max-num-seqs", "N", "Sequences of the runtime's profiling run (vLLM)."},
          new String[] {
            "--max-num-batched-tokens", "N", "Tokens of the runtime's profiling run (vLLM)."
          });

  private PlanOptions() {}

  static void addTo(CommandSpec spec) {
    for (String[] o : OPTIONS) {
      spec.addOption(
          OptionSpec.builder(o[0]).type(String.class).paramLabel(o[1]).description(o[2]).build());
    }
  }

  /** The plan options the user typed, by option name. */
  static PlanFlags of(ParseResult parsed) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String[] o : OPTIONS) {
      String value = parsed.matchedOptionValue(o[0], null);
      if (value != null) {
        typed.put(o[0], value);
      }
    }
    return new PlanFlags(typed);
  }
}
