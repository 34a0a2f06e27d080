package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCpuProbeTest {

  @TempDir Path proc;
  @TempDir Path cgroup;

  @BeforeEach
  void meminfo() throws Exception {
    Files.writeString(
        proc.resolve("meminfo"),
        "MemTotal:       65536000 kB\nMemFree:         1000000 kB\nMemAvailable:   32768000 kB\n");
  }

  private Device cpu() {
    return new HostCpuProbe(proc, cgroup).detect().devices().get(0);
  }

  @Test
  void givenNoCgroupLimit_detect_usesMeminfo() {
    // 65536000 kB * 1024 = 67,108,864,000 B; available 32768000 kB = 33,554,432,000 B.
    assertThat(cpu().totalMemory()).isEqualTo(67_108_864_000L);
    assertThat(cpu().freeMemory()).isEqualTo(33_554_432_000L);
  }

  @Test
  void givenCgroupV2Limit_detect_boundsMemory() throws Exception {
    Files.writeString(cgroup.resolve("memory.max"), "8589934592\n");

    assertThat(cpu().totalMemory()).isEqualTo(8_589_934_592L);
    assertThat(cpu().freeMemory()).isEqualTo(8_589_934_592L);
  }

  @Test
  void givenCgroupV1Limit_detect_boundsMemory() throws Exception {
    Files.createDirectories(cgroup.resolve("memory"));
    Files.writeString(cgroup.resolve("memory/memory.limit_in_bytes"), "4294967296\n");

    assertThat(cpu().totalMemory()).isEqualTo(4_294_967_296L);
  }

  @Test
  void givenCgroupV1Unlimited_detect_keepsMeminfo() throws Exception {
    Files.createDirectories(cgroup.resolve("memory"));
    Files.writeString(cgroup.resolve("memory/memory.limit_in_bytes"), "9223372036854771712\n");

    assertThat(cpu().totalMemory()).isEqualTo(67_108_864_000L);
  }
}
