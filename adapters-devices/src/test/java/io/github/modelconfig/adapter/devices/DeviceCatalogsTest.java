package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCatalogsTest {

  @TempDir Path dir;

  private DeviceInventory discovered(Path bin) {
    return DeviceCatalogs.discovered(
            List.of(dir.resolve("missing"), bin),
            Option.none(),
            Duration.ofSeconds(10),
            dir,
            dir.resolve("no-cgroup"),
            Option.none())
        .detect()
        .get();
  }

  private static DeviceInventory target(String target, Option<Path> file) {
    return DeviceCatalogs.target(target, file).detect().get();
  }

  private static ConfigError failure(String target, Option<Path> file) {
    return DeviceCatalogs.target(target, file).detect().getLeft();
  }

  @Test
  void givenNvidiaAndAmdTools_discovered_numbersGpusAcrossVendorsThenCpu() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    StandInTools.printing(bin, "nvidia-smi", "nvidia-smi-2xh100.csv", 0);
    StandInTools.printing(bin, "rocm-smi", "rocm-smi-mi300x.json", 0);
    Files.writeString(dir.resolve("meminfo"), "MemTotal: 1024 kB\nMemAvailable: 512 kB\n");

    DeviceInventory inventory = discovered(bin);

    assertThat(inventory.devices())
        .extracting(Device::spec)
        .containsExactly(DeviceSpec.gpu(0), DeviceSpec.gpu(1), DeviceSpec.gpu(2), DeviceSpec.cpu());
    assertThat(inventory.devices().get(2).source()).isEqualTo("rocm-smi");
  }

  @Test
  void givenAFailingTool_discovered_warnsWithTheDiscoveryCode() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    StandInTools.script(bin, "nvidia-smi", "echo 'NVIDIA-SMI has failed'\nexit 9");
    Files.writeString(dir.resolve("meminfo"), "MemTotal: 1024 kB\nMemAvailable: 512 kB\n");

    DeviceInventory inventory = discovered(bin);

    assertThat(inventory.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.code()).isEqualTo(WarningCode.DEVICE_DISCOVERY))
        .satisfies(w -> assertThat(w.message()).contains("exit code 9"));
  }

  @Test
  void givenH100Target_target_isEightGpusWithNvidiaSmiMemory() {
    DeviceInventory inventory = target("h100-80gb:8", Option.none());

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
    List<String> names =
        List.of(
            "h100-80gb",
            "h200-141gb",
            "a100-40gb",
            "a100-80gb",
            "l4-24gb",
            "l40s-48gb",
            "a10g-24gb",
            "rtx4090-24gb",
            "b200-180gb",
            "mi300x-192gb");
    for (String name : names) {
      assertThat(DeviceCatalogs.target(name, Option.none()).detect().isRight()).as(name).isTrue();
    }
    assertThat(DeviceCatalogs.host(dir, dir).targets().get()).containsExactlyElementsOf(names);
  }

  @Test
  void givenUnknownTargetOrBadCount_target_explains() {
    ConfigError unknown = failure("h300-99gb", Option.none());
    assertThat(unknown.code()).isEqualTo(ErrorCode.UNKNOWN_TARGET);
    assertThat(unknown.message())
        .startsWith("unknown target 'h300-99gb'; known targets: h100-80gb, h200-141gb")
        .endsWith("b200-180gb, mi300x-192gb.");
    assertThat(unknown.hint()).contains("modelconfig devices --list-targets");
    ConfigError zero = failure("h100-80gb:0", Option.none());
    assertThat(zero.code()).isEqualTo(ErrorCode.INVALID_TARGET_COUNT);
    assertThat(zero.message()).contains("is 0; it must be a whole number from 1 to 1024");
    assertThat(zero.hint()).contains("--target h100-80gb:1");
    assertThat(failure("h100-80gb:x", Option.none()).message()).contains("'x', not a number");
  }

  @Test
  void givenUserTargetsFile_target_usesCustomModel() throws Exception {
    Path file = dir.resolve("targets.csv");
    Files.writeString(file, "# my lab\nlab-card, 16384, 8.6, Lab Card 16G\n");

    DeviceInventory inventory = target("lab-card:2", Option.of(file));

    assertThat(inventory.devices()).hasSize(2);
    assertThat(inventory.devices().get(0).name()).isEqualTo("Lab Card 16G");
    assertThat(inventory.devices().get(0).totalMemory()).isEqualTo(16L << 30);
    assertThat(DeviceCatalogs.target("h100-80gb", Option.of(file)).targets().get())
        .endsWith("lab-card");
  }

  @Test
  void givenBadUserTargetsLine_targetAndNames_nameTheLine() throws Exception {
    Path file = dir.resolve("targets.csv");
    Files.writeString(file, "lab-card, lots\n");

    assertThat(failure("lab-card", Option.of(file)).message()).contains("line 1");
    assertThat(
            DeviceCatalogs.discovered(
                    List.of(), Option.none(), Duration.ZERO, dir, dir, Option.of(file))
                .targets()
                .getLeft()
                .message())
        .contains("line 1");
  }
}
