package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.error.Warning;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Value: the accounting of one layout and max length for a model on a runtime: one replica's
 * devices in rank order (the host, id -1, last when llama.cpp leaves layers on it), the tokens one
 * replica's KV pool holds ({@code kv_cache_tokens}), the requests of {@code maxLength} tokens it
 * serves at once ({@code kvCacheTokens / maxLength}), whether the runtime would start, and if not
 * {@code why} (the first reason, in words an operator can act on). {@code kvBytesPerToken} is the
 * KV cache one token costs on the busiest device of the replica, {@code blockSize} the runtime's
 * page size in tokens that {@code kvCacheTokens} is a multiple of.
 */
public record Accounting(
    RuntimeKind runtime,
    String runtimeVersion,
    Layout layout,
    long maxLength,
    long kvCacheTokens,
    double maxConcurrency,
    long kvBytesPerToken,
    int blockSize,
    boolean fits,
    Option<String> why,
    List<DeviceAccount> devices,
    List<Warning> warnings) {

  public Accounting {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(runtimeVersion, "runtimeVersion");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(why, "why");
    devices = List.copyOf(devices);
    warnings = List.copyOf(warnings);
    if (kvCacheTokens < 0 || maxLength < 0) {
      throw new IllegalArgumentException(
          "negative tokens: kv=" + kvCacheTokens + " max_length=" + maxLength);
    }
    if (fits == why.isDefined()) {
      throw new IllegalArgumentException("a fitting accounting has no why, and only it: " + why);
    }
  }

  /** Requests of max length served at once by all data-parallel replicas. */
  public double totalConcurrency() {
    return maxConcurrency * layout.dataParallel();
  }
}
