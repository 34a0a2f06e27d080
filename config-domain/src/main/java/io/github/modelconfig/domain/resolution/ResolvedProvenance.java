package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.quantization.DtypeCast;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.control.Option;

/**
 * Rule: where each value the resolver decided came from, recorded after the request's own entries
 * in the order the steps decide them: architecture, encoding, weight files, RoPE type, KV cache
 * page size and strategy, max length.
 */
final class ResolvedProvenance {

  private ResolvedProvenance() {}

  static Provenance of(Assembly a, Option<MemoryPlan> memory, Option<Long> finalLength) {
    ModelConfigRequest request = a.request();
    String arch = a.arch().name();
    Provenance p =
        request
            .provenance()
            .with("architecture", Source.CONFIG_JSON, "architectures: " + arch)
            .with("quantization_encoding", a.encoding().origin());
    if (request.weightPath().isEmpty()) {
      p =
          p.with(
              "weight_path",
              Source.WEIGHTS,
              "files for "
                  + a.encoding()
                      .cast()
                      .map(DtypeCast::from)
                      .getOrElse(a.encoding().encoding())
                      .wireName());
    }
    if (request.ropeType().isEmpty()) {
      p = p.with("rope_type", Source.ARCHITECTURE, arch + " rope_type");
    }
    KvCacheConfig requested = request.kvCache();
    KvCacheConfig resolved = a.resolution().kvCache().config();
    if (resolved.kvCachePageSize() != requested.kvCachePageSize()) {
      p = p.with("kv_cache.kv_cache_page_size", Source.ARCHITECTURE, arch);
    }
    // Only the architecture's strategy for the encoding replaces the requested one.
    if (resolved.cacheStrategy() != requested.cacheStrategy()) {
      p = p.with("kv_cache.cache_strategy", Source.ARCHITECTURE, arch);
    }
    return maxLength(p, request, a.maxLength(), memory, finalLength);
  }

  private static Provenance maxLength(
      Provenance p,
      ModelConfigRequest request,
      Option<Long> maxLength,
      Option<MemoryPlan> memory,
      Option<Long> finalLength) {
    if (memory.isEmpty() || maxLength.isEmpty()) {
      return p;
    }
    if (!finalLength.equals(maxLength)) {
      return p.with("max_length", Source.MEMORY, "what the KV cache holds");
    }
    return request.maxLength().isDefined()
        ? p
        : p.with("max_length", Origin.of(Source.CONFIG_JSON, "max_position_embeddings"));
  }
}
