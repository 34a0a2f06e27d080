package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Driven-adapter settings: where to look for vendor tools (the PATH directories), {@code
 * CUDA_VISIBLE_DEVICES}, the tool timeout, and the host's /proc and cgroup roots.
 */
public record DiscoverySettings(
    List<Path> searchPath,
    Option<String> cudaVisibleDevices,
    Duration toolTimeout,
    Path procRoot,
    Path cgroupRoot) {

  public DiscoverySettings {
    searchPath = List.copyOf(searchPath);
    Objects.requireNonNull(cudaVisibleDevices, "cudaVisibleDevices");
    Objects.requireNonNull(toolTimeout, "toolTimeout");
    Objects.requireNonNull(procRoot, "procRoot");
    Objects.requireNonNull(cgroupRoot, "cgroupRoot");
  }
}
