package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCatalogsTest {

  @TempDir Path dir;

  @Test
  void givenNvidiaAndAmdTools_discovered_numbersGpusAcrossVendorsThenCpu() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    StandInTools.printing(bin, "nvidia-smi", "nvidia-smi-2xh100.csv", 0);
    StandInTools.printing(bin, "rocm-smi", "rocm-smi-mi300x.json", 0);
    Files.writeString(dir.resolve("meminfo"), "MemTotal: 1024 kB\nMemAvailable: 512 kB\n");

    DeviceInventory inventory =
        DeviceCatalogs.discovered(
                List.of(dir.resolve("missing"), bin),
                Option.none(),
                Duration.ofSeconds(10),
                dir,
                dir.resolve("no-cgroup"))
            .detect();

    assertThat(inventory.devices())
        .extracting(Device::spec)
        .containsExactly(DeviceSpec.gpu(0), DeviceSpec.gpu(1), DeviceSpec.gpu(2), DeviceSpec.cpu());
    assertThat(inventory.devices().get(2).source()).isEqualTo("rocm-smi");
  }

  @Test
  void givenH100Target_target_isEightGpusWithNvidiaSmiMemory() {
    DeviceInventory inventory = DeviceCatalogs.target("h100-80gb:8", Option.none()).get().detect();

    assertThat(inventory.devices()).hasSize(8);
    Device last = inventory.devices().get(7);
    assertThat(last.spec()).isEqualTo(DeviceSpec.gpu(7));
    // 81559 MiB as nvidia-smi reports memory.total; free is taken equal to total.
    assertThat(last.totalMemory()).isEqualTo(81559L * 1024 * 1024);
    assertThat(last.freeMemory()).isEqualTo(last.totalMemory());
    assertThat(last.source()).isEqualTo("target:h100-80gb");
  }

  @Test
  void givenEveryBuiltInName_target_resolves() {
    for (String name :
        List.of(
            "h100-80gb",
            "h200-141gb",
            "a100-40gb",
            "a100-80gb",
            "l4-24gb",
            "l40s-48gb",
            "a10g-24gb",
            "rtx4090-24gb",
            "mi300x-192gb",
            "b200-180gb")) {
      assertThat(DeviceCatalogs.target(name, Option.none()).isRight()).as(name).isTrue();
    }
  }

  @Test
  void givenUnknownTargetOrBadCount_target_explains() {
    assertThat(DeviceCatalogs.target("h300-99gb", Option.none()).getLeft())
        .contains("unknown target 'h300-99gb'")
        .contains("h100-80gb");
    assertThat(DeviceCatalogs.target("h100-80gb:0", Option.none()).getLeft()).contains("1..1024");
    assertThat(DeviceCatalogs.target("h100-80gb:x", Option.none()).getLeft())
        .contains("not a number");
  }

  @Test
  void givenUserTargetsFile_target_usesCustomModel() throws Exception {
    Path file = dir.resolve("targets.csv");
    Files.writeString(file, "# my lab\nlab-card, 16384, 8.6, Lab Card 16G\n");

    DeviceInventory inventory = DeviceCatalogs.target("lab-card:2", Option.of(file)).get().detect();

    assertThat(inventory.devices()).hasSize(2);
    assertThat(inventory.devices().get(0).name()).isEqualTo("Lab Card 16G");
    assertThat(inventory.devices().get(0).totalMemory()).isEqualTo(16L << 30);
    assertThat(DeviceCatalogs.targetNames(Option.of(file)).get()).contains("lab-card");
  }

  @Test
  void givenBadUserTargetsLine_target_namesTheLine() throws Exception {
    Path file = dir.resolve("targets.csv");
    Files.writeString(file, "lab-card, lots\n");

    assertThat(DeviceCatalogs.target("lab-card", Option.of(file)).getLeft()).contains("line 1");
  }
}
