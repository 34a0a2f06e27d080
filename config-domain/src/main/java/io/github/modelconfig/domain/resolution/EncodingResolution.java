package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.weights.RepoFile;
import java.util.List;
import java.util.Objects;

/**
 * Value: what follows from the resolved encoding: the devices it runs on, the weight files to load
 * and the KV cache (MAX's {@code validate_and_resolve_with_resolved_quantization_encoding}).
 */
public record EncodingResolution(
    List<DeviceSpec> deviceSpecs, List<RepoFile> weightFiles, ResolvedKvCache kvCache) {

  public EncodingResolution {
    deviceSpecs = List.copyOf(deviceSpecs);
    weightFiles = List.copyOf(weightFiles);
    Objects.requireNonNull(kvCache, "kvCache");
  }
}
