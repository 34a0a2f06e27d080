package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;

/**
 * Driven-adapter value: an accelerator model for what-if planning, with its memory as the vendor
 * tool reports it ({@code nvidia-smi memory.total} / {@code amd-smi} VRAM total, in MiB).
 */
record KnownTarget(String key, String name, long memoryMib, Option<String> computeCapability) {

  long memoryBytes() {
    return memoryMib * 1024L * 1024L;
  }
}
