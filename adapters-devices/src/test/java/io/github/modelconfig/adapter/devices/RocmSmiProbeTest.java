package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocmSmiProbeTest {

  @TempDir Path bin;

  private DeviceInventory detect() {
    return new RocmSmiProbe(new ToolRunner(List.of(bin), Duration.ofSeconds(10))).detect();
  }

  @Test
  void givenMi300x_detect_readsVramTotalAndFree() {
    StandInTools.printing(bin, "rocm-smi", "rocm-smi-mi300x.json", 0);

    DeviceInventory inventory = detect();

    Device gpu = inventory.devices().get(0);
    assertThat(inventory.devices()).hasSize(1);
    assertThat(gpu.spec()).isEqualTo(DeviceSpec.gpu(0));
    assertThat(gpu.name()).isEqualTo("AMD Instinct MI300X OAM");
    assertThat(gpu.totalMemory()).isEqualTo(206_141_652_992L);
    // free = total - used = 206141652992 - 297271296 = 205844381696.
    assertThat(gpu.freeMemory()).isEqualTo(205_844_381_696L);
    assertThat(gpu.computeCapability()).contains("gfx942");
    assertThat(gpu.uuid()).contains("0x4c7a9e1d3b2f0a85");
  }

  @Test
  void givenGarbledJson_detect_warnsInsteadOfFailing() {
    StandInTools.script(bin, "rocm-smi", "echo '{\"card0\": {\"VRAM'");

    DeviceInventory inventory = detect();

    assertThat(inventory.devices()).isEmpty();
    assertThat(inventory.warnings())
        .singleElement()
        .asString()
        .startsWith("rocm-smi: invalid JSON");
  }
}
