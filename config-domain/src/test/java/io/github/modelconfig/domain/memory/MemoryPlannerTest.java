package io.github.modelconfig.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §5.5 and acceptance cases 52–55, on an H100 80GB as nvidia-smi reports it. */
class MemoryPlannerTest {

  static final long H100 = 81_559L * 1024 * 1024; // 85,520,809,984 bytes
  static final long LLAMA_8B_BF16 = 16_060_522_496L;

  static Device gpu(int id, long free) {
    return new Device(DeviceSpec.gpu(id), "H100", Option.none(), free, free, Option.none(), "test");
  }

  static MemoryRequest request(List<Device> devices, long weights, Option<Long> maxLength, int dp) {
    return new MemoryRequest(
        devices, 0.9, weights, 0, 131_072, 128, maxLength, 131_072, Option.none(), dp);
  }

  @Test
  void givenLlama8bOnOneH100_plan_fits3630PagesAndTheFullContext() {
    MemoryPlan p =
        MemoryPlanner.plan(request(List.of(gpu(0, H100)), LLAMA_8B_BF16, Option.none(), 1)).get();

    // budget = floor(0.9 x 85,520,809,984 - 16,060,522,496) = 60,908,206,489
    // pages = floor(60,908,206,489 / 16,777,216) = 3630 -> 3630 x 128 = 464,640 tokens
    assertThat(p.numPages()).isEqualTo(3630);
    assertThat(p.maxLengthThatFits()).isEqualTo(464_640);
    assertThat(p.maxBatchSize()).isEqualTo(512);
    // 512 requests x 1024 pages each wanted, capped at the 3630 that fit: 3630 x 16 MiB
    assertThat(p.kvCacheBytes()).isEqualTo(60_901_294_080L);
    assertThat(p.fits()).isTrue();
  }

  @Test
  void givenTwoReplicas_plan_splitsTheBudgetPerReplica() {
    MemoryPlan p =
        MemoryPlanner.plan(
                request(List.of(gpu(0, H100), gpu(1, H100)), LLAMA_8B_BF16, Option.none(), 2))
            .get();

    // budget = floor(0.9 x 171,041,619,968 - 16,060,522,496) = 137,876,935,475; per replica
    // floor(/2) = 68,938,467,737 -> floor(/16,777,216) = 4109 pages each
    assertThat(p.numPages()).isEqualTo(4109);
    assertThat(p.kvCacheBytes()).isEqualTo(4109L * 16_777_216 * 2);
  }

  @Test
  void givenOneGibFree_plan_holds64PagesOf8192Tokens() {
    // case 52: 1 GiB for the KV cache (utilization 1, no weights) / 16 MiB = 64 blocks = 8192
    // tokens
    MemoryRequest r =
        new MemoryRequest(
            List.of(gpu(0, 1L << 30)),
            1.0,
            0,
            0,
            131_072,
            128,
            Option.none(),
            131_072,
            Option.none(),
            1);

    assertThat(MemoryPlanner.plan(r).get().maxLengthThatFits()).isEqualTo(8192);
  }

  @Test
  void givenEightMibFree_plan_cannotAllocateOnePage() {
    MemoryRequest r =
        new MemoryRequest(
            List.of(gpu(0, 8L << 20)),
            1.0,
            0,
            0,
            131_072,
            128,
            Option.none(),
            131_072,
            Option.none(),
            1);

    assertThat(MemoryPlanner.plan(r).getError().message()).contains("even a single page");
  }

  @Test
  void givenWeightsLargerThanFreeMemory_plan_saysByHowMuch() {
    // case 53: 50 MiB of weights, 5 MiB free
    var error =
        MemoryPlanner.plan(request(List.of(gpu(0, 5L << 20)), 50L << 20, Option.none(), 1))
            .getError();

    assertThat(error.code()).isEqualTo("model_exceeds_memory");
    assertThat(error.message()).contains("50.00 MiB > 5.00 MiB");
  }

  @Test
  void givenNoRoomLeftForTheCache_plan_failsOnTheUtilization() {
    // case 54: 10 GiB free x 0.9 = 9 GiB, weights 9 GiB -> nothing for the KV cache
    var error =
        MemoryPlanner.plan(request(List.of(gpu(0, 10L << 30)), 9L << 30, Option.none(), 1))
            .getError();

    assertThat(error.code()).isEqualTo("no_room_for_kv_cache");
  }
}
