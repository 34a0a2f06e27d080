package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapter part (probe): the host CPU as a device; memory from {@code /proc/meminfo} (MemTotal,
 * MemAvailable), bounded by the cgroup limit when one is set: v2 {@code memory.max}, else v1 {@code
 * memory/memory.limit_in_bytes} (whose "unlimited" is a huge number, so the minimum handles it).
 */
final class HostCpuProbe implements Probe {

  private final Path procRoot;
  private final Path cgroupRoot;

  HostCpuProbe(Path procRoot, Path cgroupRoot) {
    this.procRoot = procRoot;
    this.cgroupRoot = cgroupRoot;
  }

  @Override
  public DeviceInventory detect() {
    List<String> warnings = new ArrayList<>();
    long total = 0;
    long free = 0;
    try {
      for (String line : Files.readAllLines(procRoot.resolve("meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          total = kib(line);
        } else if (line.startsWith("MemAvailable:")) {
          free = kib(line);
        }
      }
    } catch (IOException | NumberFormatException e) {
      warnings.add("Cannot read " + procRoot.resolve("meminfo") + ": host memory is unknown.");
    }
    Option<Long> limit = cgroupLimit();
    if (limit.isDefined()) {
      total = Math.min(total, limit.get());
      free = Math.min(free, limit.get());
    }
    Device cpu =
        new Device(
            DeviceSpec.cpu(),
            "host cpu",
            Option.none(),
            total,
            free,
            Option.none(),
            "/proc/meminfo");
    return new DeviceInventory(List.of(cpu), Probe.warnings(warnings));
  }

  private static long kib(String line) {
    String[] parts = line.trim().split("\\s+");
    return Long.parseLong(parts[1]) * 1024;
  }

  private Option<Long> cgroupLimit() {
    return readLimit(cgroupRoot.resolve("memory.max"))
        .orElse(() -> readLimit(cgroupRoot.resolve("memory").resolve("memory.limit_in_bytes")));
  }

  private static Option<Long> readLimit(Path max) {
    try {
      String text = Files.readString(max).trim();
      return text.equals("max") ? Option.none() : Option.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Option.none();
    }
  }
}
