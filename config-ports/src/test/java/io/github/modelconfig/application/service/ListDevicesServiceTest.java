package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDevicesServiceTest {

  @Test
  void givenAHostWithAWarning_devices_passesDevicesAndWarningOn() {
    Warning warning = new Warning(WarningCode.DEVICE_DISCOVERY, "nvidia-smi did not answer");
    var service =
        new ListDevicesService(
            InMemoryDeviceCatalog.host(
                List.of(InMemoryDeviceCatalog.cpu(8L << 30, 4L << 30)), List.of(warning)));

    DeviceInventory inventory = service.devices().get();

    assertThat(inventory.devices()).extracting(d -> d.spec()).containsExactly(DeviceSpec.cpu());
    assertThat(inventory.warnings()).containsExactly(warning);
  }

  @Test
  void givenAnUnknownTarget_devices_isInvalidWithTheCatalogsError() {
    var service = new ListDevicesService(InMemoryDeviceCatalog.target("h300"));

    ResolveFailure failure = service.devices().getLeft();

    assertThat(failure).isInstanceOf(ResolveFailure.Invalid.class);
    assertThat(failure.errors())
        .singleElement()
        .extracting(e -> e.code())
        .isEqualTo(ErrorCode.UNKNOWN_TARGET);
  }

  @Test
  void givenAnUnknownTarget_targets_stillListsTheKnownNames() {
    var service = new ListDevicesService(InMemoryDeviceCatalog.target("h300"));

    assertThat(service.targets().get()).containsExactly("test-gpu-24gb", "test-gpu-80gb");
  }
}
