package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule: MAX's memory estimation (reference §5.4–5.6): static bytes must fit the free memory, the KV
 * cache gets {@code free * utilization - static}, split over data-parallel replicas and paged in
 * blocks; the default batch size is 512 on GPUs (1 on a CPU), capped at max_batch_input_tokens.
 */
final class MemoryPlanner {

  /** The paged KV manager's default batch size on an accelerator. */
  public static final long DEFAULT_GPU_BATCH = 512;

  private MemoryPlanner() {}

  public static Checked<MemoryPlan> plan(MemoryRequest r) {
    long free = r.devices().stream().mapToLong(Device::freeMemory).sum();
    long staticBytes = r.weightsBytes() + r.activationBytes();
    KvCacheParams kv = r.kv();
    if (staticBytes > free) {
      return invalid(FitSuggestions.exceedsMemory(r, free, staticBytes));
    }
    long kvBudget = (long) Math.floor(free * r.deviceMemoryUtilization() - staticBytes);
    if (kvBudget <= 0) {
      return invalid(FitSuggestions.noRoomForKv(r, free, staticBytes, kvBudget));
    }
    long bytesPerBlock = kv.bytesPerBlock();
    int dp = kv.dataParallelDegree();
    long allocable = bytesPerBlock == 0 ? 0 : Math.floorDiv(kvBudget, dp) / bytesPerBlock;
    if (allocable == 0) {
      return invalid(FitSuggestions.noSinglePage(r, bytesPerBlock, kvBudget));
    }
    long fitsLength = allocable * kv.pageSize();
    List<Warning> warnings = new ArrayList<>();
    long batch = batchSize(r, warnings);
    long maxLength = r.maxLength();
    long length = Math.min(maxLength, fitsLength);
    long blocksPerRequest = ceilDiv(length, kv.pageSize());
    long usedBlocks = Math.min(allocable, blocksPerRequest * batch);
    long kvBytes = usedBlocks * bytesPerBlock * dp;
    long atMaxLength = allocable / Math.max(1, blocksPerRequest);
    if (staticBytes + kvBytes > 0.95 * free) {
      warnings.add(
          new Warning(
              WarningCode.MEMORY_NEAR_LIMIT,
              String.format(
                  Locale.ROOT,
                  "Estimated model and KV cache memory use nears available memory (%s of %s free).",
                  Bytes.human(staticBytes + kvBytes),
                  Bytes.human(free))));
    }
    return Checked.valid(
            new MemoryPlan(
                r.devices(),
                free,
                r.deviceMemoryUtilization(),
                dp,
                r.weightsBytes(),
                r.activationBytes(),
                kv.bytesPerToken(),
                bytesPerBlock,
                kv.pageSize(),
                kvBytes,
                allocable,
                length,
                fitsLength,
                batch,
                atMaxLength,
                staticBytes + kvBytes <= free))
        .warn(warnings);
  }

  private static Checked<MemoryPlan> invalid(ConfigError error) {
    return Checked.invalid(Vector.of(error));
  }

  /** Step 8–9: the user's batch size, else 512 on GPUs and 1 on a CPU, capped by input tokens. */
  private static long batchSize(MemoryRequest r, List<Warning> warnings) {
    boolean cpuOnly = r.devices().stream().noneMatch(d -> d.spec().isGpu());
    long batch = r.userMaxBatchSize().getOrElse(cpuOnly ? 1L : DEFAULT_GPU_BATCH);
    if (batch > r.maxBatchInputTokens()) {
      warnings.add(
          new Warning(
              WarningCode.BATCH_SIZE_CAPPED,
              "max_batch_size "
                  + batch
                  + " is larger than max_batch_input_tokens "
                  + r.maxBatchInputTokens()
                  + "; using "
                  + r.maxBatchInputTokens()
                  + "."));
      return r.maxBatchInputTokens();
    }
    return batch;
  }

  static long ceilDiv(long a, long b) {
    return b == 0 ? 0 : (a + b - 1) / b;
  }
}
