package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.memory.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the memory each runtime sees on the devices found or targeted. vLLM and SGLang multiply the
 * CUDA-visible total ({@code torch.cuda.mem_get_info()[1]}); when the catalog does not know it, it
 * is estimated as the vendor tool's total less {@link #DRIVER_RESERVE} (nvidia-smi's total exceeds
 * the CUDA total by 357-870 MiB on the GPUs of docs/accuracy.md), with a warning. MAX multiplies
 * the free memory, as resolve does; llama.cpp fills the free memory. The host (id -1) offers its
 * free memory.
 */
public final class PlanDevices {

  static final long DRIVER_RESERVE = 512L << 20;

  private PlanDevices() {}

  /** Value: the devices a plan may use and the warnings their memory raised. */
  public record Found(List<PlanDevice> gpus, List<PlanDevice> host, List<Warning> warnings) {
    public Found {
      gpus = List.copyOf(gpus);
      host = List.copyOf(host);
      warnings = List.copyOf(warnings);
    }

    /** The GPUs then the host. */
    public List<PlanDevice> all() {
      List<PlanDevice> all = new ArrayList<>(gpus);
      all.addAll(host);
      return all;
    }
  }

  public static Found of(List<Device> devices, RuntimeKind runtime) {
    List<PlanDevice> gpus = new ArrayList<>();
    List<PlanDevice> host = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (Device d : devices) {
      if (!d.spec().isGpu()) {
        host.add(new PlanDevice(-1, d.name(), d.freeMemory(), d.source()));
        continue;
      }
      int id = d.spec().id();
      if (runtime == RuntimeKind.MAX || runtime == RuntimeKind.LLAMA_CPP) {
        gpus.add(new PlanDevice(id, d.name(), d.freeMemory(), d.source() + " (free memory)"));
      } else if (d.runtimeVisibleMemory().isDefined()) {
        gpus.add(
            new PlanDevice(
                id, d.name(), d.runtimeVisibleMemory().get(), d.source() + " (CUDA total)"));
      } else {
        long visible = Math.max(0, d.totalMemory() - DRIVER_RESERVE);
        if (warnings.isEmpty()) {
          warnings.add(
              new Warning(
                  WarningCode.PLAN_APPROXIMATE,
                  "The CUDA-visible memory of "
                      + d.name()
                      + " is not in the catalog; estimated as "
                      + Bytes.human(d.totalMemory())
                      + " less 512 MiB = "
                      + Bytes.human(visible)
                      + "."));
        }
        gpus.add(new PlanDevice(id, d.name(), visible, d.source() + " (estimated CUDA total)"));
      }
    }
    return new Found(gpus, host, warnings);
  }
}
