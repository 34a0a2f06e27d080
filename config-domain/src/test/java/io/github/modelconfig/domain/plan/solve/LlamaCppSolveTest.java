package io.github.modelconfig.domain.plan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.github.modelconfig.domain.plan.RuntimeProfiles;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class LlamaCppSolveTest {

  static SolveRequest request(int gpus, long hostBytes) {
    return SolveRequest.choose(
            PlanFixtures.gguf80(),
            RuntimeProfiles.LLAMA_CPP,
            PlanFixtures.gpus("RTX 4090", PlanFixtures.RTX4090, gpus),
            PlanSettings.DEFAULTS)
        .withHost(Option.of(new PlanDevice(-1, "host", hostBytes, "test")))
        .withContext(Option.of(8192L), Option.none(), Option.none(), Option.none());
  }

  static String command(Solution s) {
    return LaunchCommands.of(
            RuntimeKind.LLAMA_CPP,
            s,
            PlanSettings.DEFAULTS,
            "bartowski/Llama-3.1-70B-Instruct-GGUF",
            false,
            Option.none(),
            Option.of("Llama-3.1-70B-Instruct-Q4_K_M.gguf"))
        .get()
        .shellLine();
  }

  @Test
  void givenA40GiBGgufOnOne24GbGpu_solve_offloadsPartiallyAndPrintsNgl43() {
    // LlamaCppOffloadTest works the 43 out: 23,289.5 MiB of capacity over 532 MiB per layer
    Solution s = LayoutSolver.solve(request(1, 64L << 30));

    assertThat(s.fits()).isTrue();
    assertThat(s.chosen().offload().get().gpuLayers()).isEqualTo(43);
    assertThat(s.chosen().accounting().devices()).extracting(d -> d.id()).containsExactly(0, -1);
    assertThat(command(s))
        .isEqualTo(
            "llama-server --hf-repo bartowski/Llama-3.1-70B-Instruct-GGUF"
                + " --hf-file Llama-3.1-70B-Instruct-Q4_K_M.gguf --ctx-size 8192"
                + " --n-gpu-layers 43");
  }

  @Test
  void givenTwo24GbGpus_solve_splitsLayersOverBothRatherThanOffloadTwoReplicas() {
    // 80 x 532 MiB + 525 MiB head = 43,085 MiB over 2 x 24,564 MiB: whole on two GPUs (pp2);
    // dp2 would keep 36 layers of each replica on the CPU.
    Solution s = LayoutSolver.solve(request(2, 64L << 30));

    assertThat(s.chosen().layout()).isEqualTo(new Layout(1, 2, 1));
    assertThat(s.chosen().offloaded()).isFalse();
    assertThat(command(s)).endsWith("--n-gpu-layers 81 --split-mode layer --tensor-split 40,40");
    assertThat(s.alternatives().get(0).candidate().layout()).isEqualTo(new Layout(1, 1, 2));
    assertThat(s.alternatives().get(0).why()).startsWith("keeps layers or experts in host memory");
  }
}
