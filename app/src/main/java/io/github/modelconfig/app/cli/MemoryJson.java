package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.memory.MemoryPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/** CLI: the JSON view of a memory plan (bytes). */
final class MemoryJson {

  private MemoryJson() {}

  static Map<String, Object> of(MemoryPlan p) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("devices", p.devices().stream().map(MemoryJson::device).toList());
    j.put("weights_bytes", p.weightsBytes());
    j.put("activation_bytes", p.activationBytes());
    j.put("kv_bytes_per_token", p.kvBytesPerToken());
    j.put("kv_bytes_per_page", p.kvBytesPerPage());
    j.put("kv_cache_bytes", p.kvCacheBytes());
    j.put("num_pages", p.numPages());
    j.put("max_length_that_fits", p.maxLengthThatFits());
    j.put("max_batch_size", p.maxBatchSize());
    j.put("max_batch_at_max_length", p.maxBatchAtMaxLength() * p.dataParallelDegree());
    j.put("kv_token_capacity", p.kvTokenCapacity());
    j.put("data_parallel_degree", p.dataParallelDegree());
    j.put("free_bytes", p.freeBytes());
    j.put("budget_bytes", p.budgetBytes());
    j.put("fits", p.fits());
    return j;
  }

  static Map<String, Object> device(Device d) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("device_type", d.spec().deviceType().wireName());
    j.put("id", d.spec().id());
    j.put("name", d.name());
    j.put("uuid", d.uuid().getOrNull());
    j.put("total_memory", d.totalMemory());
    j.put("free_memory", d.freeMemory());
    j.put("compute_capability", d.computeCapability().getOrNull());
    j.put("source", d.source());
    return j;
  }
}
