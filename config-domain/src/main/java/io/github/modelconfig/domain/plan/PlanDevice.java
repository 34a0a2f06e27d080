package io.github.modelconfig.domain.plan;

import java.util.Objects;

/**
 * Value: one device a replica may use, with the memory the runtime sees on it: for a GPU the total
 * CUDA reports ({@code torch.cuda.mem_get_info}, e.g. 85,030,486,016 bytes = 79.19 GiB on an H100
 * 80GB), not the marketing size nor {@code nvidia-smi}'s MiB; for the host (id -1) the RAM that
 * llama.cpp may use for layers left on the CPU. {@code source} says where the number came from.
 */
public record PlanDevice(int id, String name, long visibleBytes, String source) {

  public PlanDevice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (id < -1) {
      throw new IllegalArgumentException("device id must be >= -1, was " + id);
    }
    if (visibleBytes < 0) {
      throw new IllegalArgumentException("visible bytes must be >= 0, was " + visibleBytes);
    }
  }

  /** Whether this is the host (CPU memory), id -1. */
  public boolean isHost() {
    return id == -1;
  }
}
