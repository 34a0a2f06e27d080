package io.github.modelconfig.domain.plan.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeCommandsTest {

  private static final LaunchRequest LLAMA_70B =
      LaunchRequest.of("meta-llama/Llama-3.1-70B-Instruct", 131072).withLayout(4, 1, 2);

  @Test
  void givenTp4Dp2_vllm_printsItsFlagsAndLeavesDefaultsOut() {
    LaunchCommand c =
        VllmCommand.build(LLAMA_70B.withMemory("fp8", Option.of(0.95), Option.none())).get();

    assertThat(c.shellLine())
        .isEqualTo(
            "vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size 4"
                + " --data-parallel-size 2 --max-model-len 131072 --gpu-memory-utilization 0.95"
                + " --kv-cache-dtype fp8");
  }

  @Test
  void givenFp8AndPp2_sglang_namesE4m3AndPpSize() {
    LaunchRequest r =
        LLAMA_70B.withLayout(2, 2, 2).withMemory("fp8", Option.of(0.85), Option.of("bfloat16"));

    assertThat(SglangCommand.build(r).get().shellLine())
        .isEqualTo(
            "python -m sglang.launch_server --model-path meta-llama/Llama-3.1-70B-Instruct"
                + " --tp-size 2 --pp-size 2 --dp-size 2 --context-length 131072"
                + " --mem-fraction-static 0.85 --kv-cache-dtype fp8_e4m3 --dtype bfloat16");
  }

  @Test
  void givenTp4Dp2_max_listsEightDevicesAndTheDegree() {
    LaunchRequest r =
        LLAMA_70B
            .withMemory("fp8", Option.none(), Option.none())
            .withSource(false, Option.of("main"), Option.none());

    assertThat(MaxCommand.build(r).get().shellLine())
        .isEqualTo(
            "max serve --model-path meta-llama/Llama-3.1-70B-Instruct"
                + " --huggingface-model-revision main --huggingface-weight-revision main"
                + " --devices gpu:0,1,2,3,4,5,6,7 --data-parallel-degree 2 --max-length 131072"
                + " --kv-cache-format float8_e4m3fn");
  }

  @Test
  void givenPipelineParallelism_max_refusesIt() {
    assertThat(MaxCommand.build(LLAMA_70B.withLayout(4, 2, 1)).getLeft())
        .contains("no pipeline parallelism");
  }

  @Test
  void givenBlockTypes_vllmAndSglangAndMax_refuseThem() {
    LaunchRequest q8 = LLAMA_70B.withMemory("q8_0", Option.none(), Option.none());

    assertThat(VllmCommand.build(q8).getLeft()).contains("not q8_0");
    assertThat(SglangCommand.build(q8).getLeft()).contains("not q8_0");
    assertThat(MaxCommand.build(q8).getLeft()).contains("not q8_0");
  }

  @Test
  void givenHubGgufPartialOffload_llamaServer_printsLayersMoeAndQuantizedCache() {
    LaunchRequest r =
        LaunchRequest.of("unsloth/Qwen3-30B-A3B-GGUF", 32768)
            .withSource(false, Option.none(), Option.of("Qwen3-30B-A3B-Q4_K_M.gguf"))
            .withMemory("q8_0", Option.none(), Option.none())
            .withOffload(48, 12, List.of(), 2);

    assertThat(LlamaServerCommand.build(r).get().shellLine())
        .isEqualTo(
            "llama-server --hf-repo unsloth/Qwen3-30B-A3B-GGUF --hf-file Qwen3-30B-A3B-Q4_K_M.gguf"
                + " --ctx-size 65536 --parallel 2 --n-gpu-layers 48 --n-cpu-moe 12"
                + " --cache-type-k q8_0 --cache-type-v q8_0 --flash-attn on");
  }

  @Test
  void givenLocalFileOnTwoGpusTwice_llamaServer_splitsLayersAndExplainsReplicas() {
    LaunchRequest r =
        LaunchRequest.of("/models/llama 70b", 8192)
            .withSource(true, Option.none(), Option.of("/models/llama 70b/q4.gguf"))
            .withLayout(1, 2, 2)
            .withOffload(81, 0, List.of(40, 41), 1);

    LaunchCommand c = LlamaServerCommand.build(r).get();

    assertThat(c.shellLine())
        .isEqualTo(
            "CUDA_VISIBLE_DEVICES=0,1 llama-server --model '/models/llama 70b/q4.gguf'"
                + " --ctx-size 8192 --n-gpu-layers 81 --split-mode layer --tensor-split 40,41");
    assertThat(c.notes()).singleElement().asString().contains("start 2 copies");
    assertThat(c.shellLineWithNotes())
        .startsWith(c.shellLine() + "  # llama.cpp has no data parallelism: start 2 copies");
  }

  @Test
  void givenFp8OrTensorParallelism_llamaServer_refuses() {
    assertThat(
            LlamaServerCommand.build(
                    LaunchRequest.of("m", 4096).withMemory("fp8", Option.none(), Option.none()))
                .getLeft())
        .contains("not fp8");
    assertThat(LlamaServerCommand.build(LLAMA_70B).getLeft()).contains("--tensor-parallel 1");
  }
}
