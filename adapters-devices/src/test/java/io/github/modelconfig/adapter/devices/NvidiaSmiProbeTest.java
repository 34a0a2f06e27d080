package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NvidiaSmiProbeTest {

  private static final long MIB = 1024L * 1024;

  @TempDir Path bin;

  private DeviceInventory detect(Option<String> mask, Duration timeout) {
    return new NvidiaSmiProbe(new ToolRunner(List.of(bin), timeout), mask).detect();
  }

  @Test
  void givenTwoH100s_detect_readsMemoryInBytesAndComputeCapability() {
    StandInTools.printing(bin, "nvidia-smi", "nvidia-smi-2xh100.csv", 0);

    DeviceInventory inventory = detect(Option.none(), Duration.ofSeconds(10));

    assertThat(inventory.warnings()).isEmpty();
    assertThat(inventory.devices()).hasSize(2);
    Device first = inventory.devices().get(0);
    assertThat(first.spec()).isEqualTo(DeviceSpec.gpu(0));
    assertThat(first.name()).isEqualTo("NVIDIA H100 80GB HBM3");
    assertThat(first.uuid()).contains("GPU-4a2b6d1e-7c3f-5e88-a91b-0d3c2f6e8b17");
    // 81559 MiB * 1048576 = 85,520,809,984 bytes.
    assertThat(first.totalMemory()).isEqualTo(85_520_809_984L);
    assertThat(first.freeMemory()).isEqualTo(81004 * MIB);
    assertThat(first.computeCapability()).contains("9.0");
    assertThat(first.source()).isEqualTo("nvidia-smi");
  }

  static Stream<Arguments> masks() {
    return Stream.of(
        Arguments.of("index 1 only", "1", List.of(60211L)),
        Arguments.of("reversed order renumbers", "1,0", List.of(60211L, 81004L)),
        Arguments.of("uuid", "GPU-9e0f3c27-1b4d-4a6e-8f52-c7d1a0b9e364", List.of(60211L)),
        Arguments.of("uuid prefix", "GPU-4a2b", List.of(81004L)),
        Arguments.of("stops at unknown entry", "0,7,1", List.of(81004L)),
        Arguments.of("empty hides all", "", List.<Long>of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("masks")
  void givenCudaVisibleDevices_detect_keepsListedGpusInOrder(
      String name, String mask, List<Long> freeMib) {
    StandInTools.printing(bin, "nvidia-smi", "nvidia-smi-2xh100.csv", 0);

    DeviceInventory inventory = detect(Option.of(mask), Duration.ofSeconds(10));

    assertThat(inventory.devices()).extracting(d -> d.freeMemory() / MIB).isEqualTo(freeMib);
    for (int i = 0; i < inventory.devices().size(); i++) {
      assertThat(inventory.devices().get(i).spec()).isEqualTo(DeviceSpec.gpu(i));
    }
  }

  @Test
  void givenNoNvidiaSmi_detect_findsNoDevicesAndNoWarning() {
    DeviceInventory inventory = detect(Option.none(), Duration.ofSeconds(10));

    assertThat(inventory.devices()).isEmpty();
    assertThat(inventory.warnings()).isEmpty();
  }

  @Test
  void givenFailingDriver_detect_reportsTheToolMessage() {
    StandInTools.script(
        bin,
        "nvidia-smi",
        "echo \"NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\"\n"
            + "exit 9");

    DeviceInventory inventory = detect(Option.none(), Duration.ofSeconds(10));

    assertThat(inventory.devices()).isEmpty();
    assertThat(inventory.warnings())
        .singleElement()
        .asString()
        .contains("exit code 9")
        .contains("couldn't communicate with the NVIDIA driver");
  }

  @Test
  void givenHungTool_detect_cutsItOffAndWarns() {
    StandInTools.script(bin, "nvidia-smi", "exec sleep 60");

    DeviceInventory inventory = detect(Option.none(), Duration.ofMillis(300));

    assertThat(inventory.devices()).isEmpty();
    assertThat(inventory.warnings()).singleElement().asString().contains("did not answer");
  }
}
