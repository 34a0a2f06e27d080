package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link DeviceCatalog} promises (host discovery, what-if targets, the
 * in-memory fake). A subclass arranges a host with at least one GPU beside the CPU.
 */
public abstract class DeviceCatalogContract {

  /** The catalog of a host with at least one GPU and its CPU. */
  protected abstract DeviceCatalog discovered();

  /** The catalog planning for the what-if target {@code NAME[:COUNT]}. */
  protected abstract DeviceCatalog target(String target);

  private List<Device> devices(DeviceCatalog catalog) {
    Either<ConfigError, DeviceInventory> inventory = catalog.detect();
    assertThat(inventory.isRight()).as("detect() of %s", catalog).isTrue();
    return inventory.get().devices();
  }

  private String knownName() {
    List<String> names = discovered().targets().get();
    assertThat(names).as("target names").isNotEmpty();
    return names.get(0);
  }

  @Test
  void givenAHost_detect_numbersTheGpusFromZeroInListingOrder() {
    List<Device> gpus = devices(discovered()).stream().filter(d -> d.spec().isGpu()).toList();

    assertThat(gpus).isNotEmpty();
    for (int i = 0; i < gpus.size(); i++) {
      assertThat(gpus.get(i).spec()).as("GPU %s", gpus.get(i).name()).isEqualTo(DeviceSpec.gpu(i));
    }
  }

  @Test
  void givenAHost_detect_listsTheCpuAfterTheGpusWithFreeMemoryWithinTotal() {
    List<Device> devices = devices(discovered());

    assertThat(devices.get(devices.size() - 1).spec()).isEqualTo(DeviceSpec.cpu());
    assertThat(devices)
        .allSatisfy(d -> assertThat(d.freeMemory()).isLessThanOrEqualTo(d.totalMemory()));
  }

  @Test
  void givenAHost_detectTwice_answersTheSameDevices() {
    DeviceCatalog catalog = discovered();

    assertThat(devices(catalog)).isEqualTo(devices(catalog));
  }

  @Test
  void givenAnyCatalog_targets_areDistinctNamesAndTheSameForEveryTarget() {
    List<String> names = discovered().targets().get();

    assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(target("no-such-card").targets().get()).isEqualTo(names);
  }

  @Test
  void givenAKnownTargetAndACount_detect_isThatManyGpusOfOneModelAndNoCpu() {
    List<Device> devices = devices(target(knownName() + ":3"));

    assertThat(devices)
        .extracting(Device::spec)
        .containsExactly(DeviceSpec.gpu(0), DeviceSpec.gpu(1), DeviceSpec.gpu(2));
    assertThat(devices).extracting(Device::name).containsOnly(devices.get(0).name());
    assertThat(devices).extracting(Device::totalMemory).containsOnly(devices.get(0).totalMemory());
    assertThat(devices.get(0).totalMemory()).isPositive();
  }

  @Test
  void givenAKnownTargetWithoutACount_detect_isOneGpu() {
    assertThat(devices(target(knownName())))
        .extracting(Device::spec)
        .containsExactly(DeviceSpec.gpu(0));
  }

  @Test
  void givenAnUnknownTarget_detect_isUnknownTargetNamingTheKnownOnes() {
    ConfigError error = target("no-such-card:2").detect().getLeft();

    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TARGET);
    assertThat(error.field()).isEqualTo("target");
    assertThat(error.message()).contains("no-such-card").contains(knownName());
    assertThat(error.hint()).contains("--target");
  }

  @Test
  void givenACountOfZero_detect_isAnInvalidCount() {
    assertThat(target(knownName() + ":0").detect().getLeft().code())
        .isEqualTo(ErrorCode.INVALID_TARGET_COUNT);
  }
}
