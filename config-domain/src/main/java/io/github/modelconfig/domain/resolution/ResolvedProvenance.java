package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
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
            .with("architecture", architecture(a))
            .with("quantization_encoding", a.encoding().origin());
    for (Origin task : a.match().taskOrigin()) {
      p = p.with("architecture.task", task);
    }
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
    return maxLength(p, request, a.arch(), a.maxLength(), memory, finalLength);
  }

  /** The name as the model's file spells it, and the registry entry when that is an alias. */
  private static Origin architecture(Assembly a) {
    String quoted = a.match().nameInFile();
    String alias = a.match().aliased() ? " (registered as " + a.arch().name() + ")" : "";
    if (a.snapshot().isDiffusionPipeline()) {
      return Origin.of(Source.CONFIG_JSON, "model_index.json _class_name: " + quoted + alias);
    }
    if (a.snapshot().config().isEmpty()) {
      String gguf =
          a.snapshot()
              .firstGguf()
              .orElse(a.weights()::firstGguf)
              .flatMap(g -> g.architecture())
              .getOrElse("?");
      return Origin.of(Source.WEIGHTS, "GGUF general.architecture: " + gguf + " -> " + quoted);
    }
    return Origin.of(Source.CONFIG_JSON, "architectures: " + quoted + alias);
  }

  private static Provenance maxLength(
      Provenance p,
      ModelConfigRequest request,
      SupportedArchitecture arch,
      Option<Long> maxLength,
      Option<MemoryPlan> memory,
      Option<Long> finalLength) {
    if (memory.isEmpty() || maxLength.isEmpty()) {
      return p;
    }
    if (!finalLength.equals(maxLength)) {
      return p.with("max_length", Source.MEMORY, "what the KV cache holds");
    }
    if (request.maxLength().isDefined()) {
      return p;
    }
    return arch.defaultMaxLength().isDefined()
        ? p.with("max_length", Source.ARCHITECTURE, arch.name() + " default max length")
        : p.with("max_length", Origin.of(Source.CONFIG_JSON, "max_position_embeddings"));
  }
}
