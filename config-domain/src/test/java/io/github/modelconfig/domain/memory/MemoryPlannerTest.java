package io.github.modelconfig.domain.memory;

import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheShape;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.vavr.control.Option;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoryPlannerTest {

  static final long MIB = 1L << 20;
  static final long GIB = 1L << 30;

  /** nvidia-smi memory.total of an H100 80GB HBM3: 81559 MiB = 85,520,809,984 B. */
  static final long H100 = 81559 * MIB;

  static List<Device> gpus(int count, long free) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Device(
                    DeviceSpec.gpu(i), "H100", Option.none(), free, free, Option.none(), "test"))
        .toList();
  }

  static KvCacheParams llama(int devices, int dp) {
    return valid(
        KvCacheParams.builder(KvCacheShape.of(32, 8, 128), DType.BFLOAT16)
            .devices(devices)
            .dataParallelDegree(dp)
            .build(KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED)));
  }

  private static Checked<MemoryPlan> plan(
      List<Device> devices, long weights, KvCacheParams kv, Option<Long> userLength) {
    return MemoryPlanner.plan(
        new MemoryRequest(
            devices,
            0.9,
            weights,
            0,
            kv,
            userLength,
            131_072,
            Option.none(),
            MemoryRequest.DEFAULT_MAX_BATCH_INPUT_TOKENS));
  }

  @Test
  void givenLlama8bOnOneH100_plan_fitsAndCountsPages() {
    // budget = floor(85,520,809,984 * 0.9 - 16 GiB) = floor(76,968,728,985.6 - 17,179,869,184)
    //        = 59,788,859,801 B; pages = 59,788,859,801 / 16,777,216 = 3563 (floor);
    // max length that fits = 3563 * 128 = 456,064 tokens.
    MemoryPlan p = valid(plan(gpus(1, H100), 16 * GIB, llama(1, 1), Option.none()).validation());

    assertThat(p.kvBytesPerToken()).isEqualTo(131_072);
    assertThat(p.kvBytesPerPage()).isEqualTo(16 * MIB);
    assertThat(p.numPages()).isEqualTo(3563);
    assertThat(p.maxLengthThatFits()).isEqualTo(456_064);
    // Case 55: no batch given on a GPU -> 512; 131072/128 = 1024 pages a request -> 3 at once.
    assertThat(p.maxBatchSize()).isEqualTo(512);
    assertThat(p.maxBatchAtMaxLength()).isEqualTo(3);
    // 512 requests want 524,288 pages; capped at the 3563 allocable: 3563 * 16 MiB.
    assertThat(p.kvCacheBytes()).isEqualTo(3563 * 16 * MIB);
    assertThat(p.kvTokenCapacity()).isEqualTo(456_064);
    assertThat(p.fits()).isTrue();
  }

  @Test
  void givenDataParallelTwoOnTwoH100s_plan_splitsTheBudgetPerReplica() {
    // budget = floor(2 * 85,520,809,984 * 0.9 - 16 GiB) = 136,757,588,787 B;
    // per replica = 68,378,794,393; pages = 68,378,794,393 / 16 MiB = 4075 per replica;
    // max length = 4075 * 128 = 521,600; both replicas hold 2 * 521,600 = 1,043,200 tokens.
    MemoryPlan p = valid(plan(gpus(2, H100), 16 * GIB, llama(2, 2), Option.none()).validation());

    assertThat(p.numPages()).isEqualTo(4075);
    assertThat(p.maxLengthThatFits()).isEqualTo(521_600);
    assertThat(p.kvTokenCapacity()).isEqualTo(1_043_200);
    assertThat(p.kvCacheBytes()).isEqualTo(2 * 4075 * 16 * MIB);
  }

  @Test
  void givenOneGibAvailable_plan_fits8192Tokens() {
    // Case 52: utilization 0.9 of free F minus weights W = 1 GiB when F = 10 GiB, W = 8 GiB:
    // 9 GiB - 8 GiB = 1 GiB -> 64 pages of 16 MiB -> 64 * 128 = 8192 tokens.
    MemoryPlan p = valid(plan(gpus(1, 10 * GIB), 8 * GIB, llama(1, 1), Option.none()).validation());

    assertThat(p.numPages()).isEqualTo(64);
    assertThat(p.maxLengthThatFits()).isEqualTo(8192);
  }

  @Test
  void givenEightMibAvailable_plan_cannotAllocateOnePage() {
    // 0.9 * 10 GiB - (9 GiB - 8 MiB) = 8 MiB < one 16 MiB page.
    ConfigError e =
        plan(gpus(1, 10 * GIB), 9 * GIB - 8 * MIB, llama(1, 1), Option.none()).errors().single();

    assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_KV_MEMORY);
    assertThat(e.message())
        .contains("Insufficient cache memory to allocate even a single page")
        .contains("16.00 MiB")
        .contains("8.00 MiB");
  }

  @Test
  void givenWeightsLargerThanFree_plan_saysByHowMuchAndHowManyDevices() {
    // Case 53: 50 MiB of weights, 5 MiB free: short by 45 MiB; 0.9 * 5 MiB = 4.5 MiB usable a
    // GPU -> ceil(50 / 4.5) = 12 GPUs.
    ConfigError e = plan(gpus(1, 5 * MIB), 50 * MIB, llama(1, 1), Option.none()).errors().single();

    assertThat(e.code()).isEqualTo(ErrorCode.MODEL_EXCEEDS_MEMORY);
    assertThat(e.message())
        .contains(
            "Model size exceeds available memory (50.00 MiB > 5.00 MiB free, short by 45.00 MiB)");
    assertThat(e.hint()).contains("at least 12 x H100").contains("--quantization-encoding");
  }

  @Test
  void givenWeightsFillTheUtilization_plan_leavesNoRoomForKv() {
    // Case 54: 0.9 * 10 GiB - 9 GiB = 0 -> no room; utilization needed (9 GiB + 16 MiB) / 10 GiB
    // = 0.9015625 -> 0.902.
    ConfigError e = plan(gpus(1, 10 * GIB), 9 * GIB, llama(1, 1), Option.none()).errors().single();

    assertThat(e.code()).isEqualTo(ErrorCode.NO_ROOM_FOR_KV_CACHE);
    assertThat(e.message()).contains("don't leave room for KV cache");
    assertThat(e.hint()).contains("--device-memory-utilization to at least 0.902");
  }

  @Test
  void givenCpuOnly_plan_defaultsBatchToOne() {
    // Case 55: a CPU-only device list -> batch 1.
    Device cpu =
        new Device(
            DeviceSpec.cpu(), "host cpu", Option.none(), 64 * GIB, 32 * GIB, Option.none(), "t");

    MemoryPlan p = valid(plan(List.of(cpu), 16 * GIB, llama(1, 1), Option.none()).validation());

    assertThat(p.maxBatchSize()).isEqualTo(1);
  }

  @Test
  void givenBatchAboveMaxBatchInputTokens_plan_capsIt() {
    // Case 55: max_batch_input_tokens 256 caps a user batch of 1000.
    Checked<MemoryPlan> plan =
        MemoryPlanner.plan(
            new MemoryRequest(
                gpus(1, H100),
                0.9,
                16 * GIB,
                0,
                llama(1, 1),
                Option.none(),
                131_072,
                Option.of(1000L),
                256));

    assertThat(valid(plan.validation()).maxBatchSize()).isEqualTo(256);
    assertThat(plan.warnings())
        .containsExactly(
            new Warning(
                WarningCode.BATCH_SIZE_CAPPED,
                "max_batch_size 1000 is larger than max_batch_input_tokens 256; using 256."));
  }

  @Test
  void givenQwen25VlAndDeepSeek_activationEstimates_followTheReference() {
    assertThat(
            ActivationEstimates.estimate(
                "Qwen2_5_VLForConditionalGeneration_Legacy", 28, 0, 1, 128_000, 2))
        .isEqualTo(5 * GIB);
    // DeepSeek-V3: 1 * 2 * 163840 * 128 heads * 128 qk_nope_head_dim * 2 bytes = 10,737,418,240.
    assertThat(
            ActivationEstimates.estimate("DeepseekV3ForCausalLM_Legacy", 128, 128, 1, 163_840, 2))
        .isEqualTo(10 * GIB);
    assertThat(ActivationEstimates.estimate("LlamaForCausalLM", 32, 0, 1, 131_072, 2)).isZero();
  }
}
