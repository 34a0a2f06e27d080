package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes: scripted nvidia-smi stand-ins on a temporary search path. */
class DeviceCatalogsTest {

  /** Recorded from a 2 x H100 80GB HBM3 host (MiB). */
  static final String TWO_H100 =
      "0, GPU-9d5c6d1e-6f3a-3e52-8a0c-52b7f4b8c001, NVIDIA H100 80GB HBM3, 81559, 81008, 9.0\n"
          + "1, GPU-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c02, NVIDIA H100 80GB HBM3, 81559, 80512, 9.0\n";

  @TempDir Path dir;
  Path bin;
  Path proc;

  @BeforeEach
  void setUp() throws IOException {
    bin = Files.createDirectories(dir.resolve("bin"));
    proc = Files.createDirectories(dir.resolve("proc"));
    Files.writeString(
        proc.resolve("meminfo"), "MemTotal:       16384000 kB\nMemAvailable:    8192000 kB\n");
  }

  private void script(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private DeviceInventory detect(Option<String> visible) {
    return DeviceCatalogs.discovery(
            new DiscoverySettings(
                List.of(bin), visible, Duration.ofMillis(1500), proc, dir.resolve("cgroup")))
        .detect();
  }

  @Test
  void givenNvidiaSmi_detect_listsEachGpuInBytesThenTheHostCpu() throws IOException {
    script("nvidia-smi", "cat <<'EOF'\n" + TWO_H100 + "EOF");

    List<Device> devices = detect(Option.none()).devices();

    assertThat(devices)
        .extracting(Device::spec)
        .containsExactly(DeviceSpec.gpu(0), DeviceSpec.gpu(1), DeviceSpec.cpu());
    // 81559 MiB x 1048576 = 85520809984 bytes; free 81008 MiB = 84943044608 bytes
    assertThat(devices.get(0).totalMemory()).isEqualTo(85_520_809_984L);
    assertThat(devices.get(0).freeMemory()).isEqualTo(84_943_044_608L);
    assertThat(devices.get(0).computeCapability()).contains("9.0");
    // MemAvailable 8192000 kB x 1024
    assertThat(devices.get(2).freeMemory()).isEqualTo(8_388_608_000L);
  }

  @Test
  void givenCudaVisibleDevicesByUuid_detect_keepsAndRenumbersThatGpu() throws IOException {
    script("nvidia-smi", "cat <<'EOF'\n" + TWO_H100 + "EOF");

    List<Device> devices = detect(Option.of("GPU-1a2b")).devices();

    assertThat(devices.get(0).spec()).isEqualTo(DeviceSpec.gpu(0));
    assertThat(devices.get(0).uuid()).contains("GPU-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c02");
    assertThat(devices).hasSize(2);
  }

  @Test
  void givenNoNvidiaSmi_detect_findsOnlyTheCpuWithoutWarnings() {
    DeviceInventory inventory = detect(Option.none());

    assertThat(inventory.devices()).extracting(Device::spec).containsExactly(DeviceSpec.cpu());
    assertThat(inventory.warnings()).isEmpty();
  }

  @Test
  void givenAHungNvidiaSmi_detect_cutsItOffAndWarns() throws IOException {
    script("nvidia-smi", "sleep 30");

    DeviceInventory inventory = detect(Option.none());

    assertThat(inventory.devices()).extracting(Device::spec).containsExactly(DeviceSpec.cpu());
    assertThat(inventory.warnings())
        .singleElement()
        .asString()
        .contains("did not answer within 1500 ms");
  }

  @Test
  void givenAFailingNvidiaSmi_detect_reportsItsExitCode() throws IOException {
    script("nvidia-smi", "echo 'NVIDIA-SMI has failed' >&2; exit 9");

    assertThat(detect(Option.none()).warnings()).singleElement().asString().contains("exit code 9");
  }

  @Test
  void givenACgroupV2Limit_detect_boundsTheHostMemory() throws IOException {
    Files.createDirectories(dir.resolve("cgroup"));
    Files.writeString(dir.resolve("cgroup/memory.max"), "4294967296\n");

    Device cpu = detect(Option.none()).devices().get(0);

    assertThat(cpu.totalMemory()).isEqualTo(4_294_967_296L);
    assertThat(cpu.freeMemory()).isEqualTo(4_294_967_296L);
  }

  @Test
  void givenTargets_targets_listsEveryTargetedGpuThenTheHost() {
    var catalog =
        DeviceCatalogs.targets("h100-80gb:2,l4-24gb", Option.none(), DeviceCatalogs.host(proc, dir))
            .get();

    List<Device> devices = catalog.detect().devices();

    assertThat(devices)
        .extracting(Device::name)
        .containsExactly("NVIDIA H100 80GB HBM3", "NVIDIA H100 80GB HBM3", "NVIDIA L4", "host cpu");
    assertThat(devices.get(2).spec()).isEqualTo(DeviceSpec.gpu(2));
    assertThat(devices.get(2).totalMemory()).isEqualTo(23_034L * 1024 * 1024);
  }

  @Test
  void givenAnUnknownTarget_targets_namesTheKnownOnes() {
    String error =
        DeviceCatalogs.targets("h100:8", Option.none(), DeviceCatalogs.host(proc, dir)).getLeft();

    assertThat(error).contains("unknown target 'h100:8'", "h100-80gb", "mi300x-192gb");
  }

  @Test
  void givenATargetsFile_targets_acceptsItsEntries() throws IOException {
    Path file = dir.resolve("targets.txt");
    Files.writeString(file, "# lab cards\nmy-card = 12288 8.6 Lab Card 12GB\n");

    Device card =
        DeviceCatalogs.targets("my-card:1", Option.of(file), DeviceCatalogs.host(proc, dir))
            .get()
            .detect()
            .devices()
            .get(0);

    assertThat(card.name()).isEqualTo("Lab Card 12GB");
    assertThat(card.totalMemory()).isEqualTo(12_288L * 1024 * 1024);
    assertThat(card.source()).isEqualTo("target:my-card");
  }
}
