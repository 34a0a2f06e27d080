package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.Injectors;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.memory.Bytes;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** CLI: {@code devices}, what was discovered on this host (or the {@code --target} GPUs). */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "List discovered devices (nvidia-smi, host CPU) or the --target catalog.")
public final class DevicesCommand implements Callable<Integer> {

  private final AppSettings settings;
  private final Terminal terminal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin TargetOptions targets;

  @Option(names = "--json", description = "Print {\"devices\": [...]} with memory in bytes.")
  boolean json;

  DevicesCommand(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Either<ConfigError, AppSettings> planned = targets.apply(settings);
    if (planned.isLeft()) {
      return new Output(out, err, json, terminal)
          .failure(new ResolveFailure.Invalid(io.vavr.collection.List.of(planned.getLeft())));
    }
    DeviceInventory inventory =
        Injectors.production(planned.get()).getInstance(DeviceCatalog.class).detect();
    if (json) {
      out.println(
          Json.write(
              Map.of("devices", inventory.devices().stream().map(MemoryJson::device).toList())));
    } else {
      for (Device d : inventory.devices()) {
        out.printf(
            "%-7s %-28s %12s total %12s free  %s%n",
            d.spec(),
            d.name(),
            Bytes.human(d.totalMemory()),
            Bytes.human(d.freeMemory()),
            d.source());
      }
    }
    inventory.warnings().forEach(w -> err.println("warning: " + w));
    out.flush();
    return ExitCode.OK.code();
  }
}
