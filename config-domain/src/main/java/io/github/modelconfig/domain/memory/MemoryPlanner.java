package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.FitError;
import io.vavr.control.Validation;

/**
 * Rule: MAX's memory estimation (reference §5.5–5.6): static bytes must fit the free memory, the KV
 * cache gets {@code free * utilization - static}, paged in blocks; max_length is clamped to what
 * the cache holds for one request.
 */
public final class MemoryPlanner {

  /** The paged KV manager's default batch size on an accelerator. */
  public static final long DEFAULT_GPU_BATCH = 512;

  private MemoryPlanner() {}

  public static Validation<ConfigError, MemoryPlan> plan(MemoryRequest r) {
    long free = r.devices().stream().mapToLong(Device::freeMemory).sum();
    long staticBytes = r.weightsBytes() + r.activationBytes();
    if (staticBytes > free) {
      return Validation.invalid(
          new FitError(
              "model_exceeds_memory",
              "memory",
              "Model size exceeds available memory ("
                  + Bytes.human(staticBytes)
                  + " > "
                  + Bytes.human(free)
                  + " free). Model weights: "
                  + Bytes.human(r.weightsBytes())
                  + ", activation memory: "
                  + Bytes.human(r.activationBytes())
                  + ".",
              "Use more or larger devices (--devices, --target), or a smaller encoding "
                  + "(--quantization-encoding)."));
    }
    long kvBudget = (long) Math.floor(free * r.deviceMemoryUtilization() - staticBytes);
    if (kvBudget <= 0) {
      return Validation.invalid(
          new FitError(
              "no_room_for_kv_cache",
              "kv_cache.device_memory_utilization",
              "The model ("
                  + Bytes.human(staticBytes)
                  + ") leaves no room for the KV cache in "
                  + r.deviceMemoryUtilization()
                  + " x "
                  + Bytes.human(free)
                  + " free.",
              "Raise --device-memory-utilization, add devices, or use a smaller encoding."));
    }
    long bytesPerPage = r.kvBytesPerToken() * r.pageSize();
    int replicas = Math.max(1, r.dataParallelDegree());
    long pages = bytesPerPage == 0 ? 0 : (kvBudget / replicas) / bytesPerPage;
    if (bytesPerPage > 0 && pages == 0) {
      return Validation.invalid(
          new FitError(
              "insufficient_kv_memory",
              "memory",
              "Insufficient cache memory to allocate even a single page: one page needs "
                  + Bytes.human(bytesPerPage)
                  + " but only "
                  + Bytes.human(kvBudget)
                  + " are left.",
              "Use a smaller --kv-cache-page-size, raise --device-memory-utilization, or add devices."));
    }
    long fitsLength = pages * r.pageSize();
    boolean cpuOnly = r.devices().stream().noneMatch(d -> d.spec().isGpu());
    long batch = r.userMaxBatchSize().getOrElse(cpuOnly ? 1L : DEFAULT_GPU_BATCH);
    long maxLength = r.userMaxLength().getOrElse(r.defaultMaxLength());
    long wantedPages = ceilDiv(Math.min(maxLength, fitsLength), r.pageSize()) * batch;
    long usedPages = Math.min(pages, wantedPages);
    long kvBytes = usedPages * bytesPerPage * replicas;
    return Validation.valid(
        new MemoryPlan(
            r.devices(),
            free,
            r.deviceMemoryUtilization(),
            r.weightsBytes(),
            r.activationBytes(),
            r.kvBytesPerToken(),
            bytesPerPage,
            kvBytes,
            pages,
            fitsLength,
            batch,
            staticBytes + kvBytes <= free));
  }

  private static long ceilDiv(long a, long b) {
    return b == 0 ? 0 : (a + b - 1) / b;
  }
}
