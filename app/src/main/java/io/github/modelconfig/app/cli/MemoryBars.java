package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.memory.Bytes;
import io.github.modelconfig.domain.memory.MemoryPlan;
import java.util.List;
import java.util.Locale;

/**
 * CLI: one memory bar per device (weights {@code #}, activations {@code +}, KV cache {@code =},
 * used by others {@code x}, headroom {@code .}), coloured on a terminal, and the one-line verdict.
 */
final class MemoryBars {

  private final Terminal terminal;

  MemoryBars(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The bars; weights, activations and KV are split evenly over the devices of the plan. */
  String render(MemoryPlan m, long maxLength) {
    StringBuilder s = new StringBuilder();
    int width = Math.max(20, Math.min(50, terminal.width() - 45));
    int n = Math.max(1, m.devices().size());
    for (Device d : m.devices()) {
      long total = Math.max(1, d.totalMemory());
      long weights = m.weightsBytes() / n;
      long activations = m.activationBytes() / n;
      long kv = m.kvCacheBytes() / n;
      long others = d.totalMemory() - d.freeMemory();
      int[] cells = cells(width, total, weights, activations, kv, others);
      String bar =
          paint("#".repeat(cells[0]), "34")
              + paint("+".repeat(cells[1]), "35")
              + paint("=".repeat(cells[2]), "32")
              + paint("x".repeat(cells[3]), "90")
              + ".".repeat(width - cells[0] - cells[1] - cells[2] - cells[3]);
      long headroom = Math.max(0, d.freeMemory() - weights - activations - kv);
      s.append(
          String.format(
              Locale.ROOT,
              "  %-6s [%s] %s of %s, %s free after%n",
              d.spec(),
              bar,
              Bytes.human(weights + activations + kv),
              Bytes.human(d.totalMemory()),
              Bytes.human(headroom)));
    }
    s.append("         # weights  + activations  = KV cache  x in use by others  . headroom\n");
    s.append(paint(verdict(m, maxLength), m.fits() ? "32" : "31")).append('\n');
    return s.toString();
  }

  static String verdict(MemoryPlan m, long maxLength) {
    if (!m.fits()) {
      return "does not fit on " + devices(m.devices());
    }
    long full = m.maxBatchAtMaxLength() * m.dataParallelDegree();
    return "fits: max_length "
        + maxLength
        + ", batch "
        + m.maxBatchSize()
        + " on "
        + devices(m.devices())
        + "; KV cache holds "
        + tokens(m.kvTokenCapacity())
        + " tokens ("
        + full
        + (full == 1 ? " request" : " requests")
        + " at full length)";
  }

  /** {@code 2x h100-80gb}, or the devices one by one when they differ. */
  static String devices(List<Device> devices) {
    List<String> names = devices.stream().map(MemoryBars::label).distinct().toList();
    return names.size() == 1 ? devices.size() + "x " + names.get(0) : String.join(" + ", names);
  }

  private static String label(Device d) {
    return d.source().startsWith("target:") ? d.source().substring(7) : d.name();
  }

  static String tokens(long count) {
    if (count < 10_000) {
      return String.valueOf(count);
    }
    if (count < 1_000_000) {
      return String.format(Locale.ROOT, "%.1fK", count / 1000.0);
    }
    return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0);
  }

  private static int[] cells(int width, long total, long... parts) {
    int[] cells = new int[parts.length];
    int used = 0;
    for (int i = 0; i < parts.length; i++) {
      long part = Math.max(0, parts[i]);
      cells[i] = (int) Math.min(width - used, Math.round((double) part / total * width));
      if (part > 0 && cells[i] == 0 && used < width) {
        cells[i] = 1;
      }
      used += cells[i];
    }
    return cells;
  }

  private String paint(String text, String colour) {
    return terminal.colour() && !text.isEmpty()
        ? "\u001b[" + colour + "m" + text + "\u001b[0m"
        : text;
  }
}
