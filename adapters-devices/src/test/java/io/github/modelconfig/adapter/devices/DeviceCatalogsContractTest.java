package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceCatalogContract;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The device port's contract against the real catalogs: stand-in tools and a temp /proc. */
class DeviceCatalogsContractTest extends DeviceCatalogContract {

  @TempDir Path dir;

  @BeforeEach
  void host() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    StandInTools.printing(bin, "nvidia-smi", "nvidia-smi-2xh100.csv", 0);
    StandInTools.printing(bin, "rocm-smi", "rocm-smi-mi300x.json", 0);
    Files.writeString(dir.resolve("meminfo"), "MemTotal: 1048576 kB\nMemAvailable: 524288 kB\n");
  }

  @Override
  protected DeviceCatalog discovered() {
    return DeviceCatalogs.discovered(
        List.of(dir.resolve("bin")),
        Option.none(),
        Duration.ofSeconds(10),
        dir,
        dir.resolve("no-cgroup"),
        Option.none());
  }

  @Override
  protected DeviceCatalog target(String target) {
    return DeviceCatalogs.target(target, Option.none());
  }
}
