package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.PlanReport;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.memory.Bytes;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.DeviceAccount;
import io.github.modelconfig.domain.plan.Layout;
import java.util.Locale;

/**
 * CLI: a plan as text: runtime and layout, one memory bar per device (weights {@code #},
 * activations {@code +}, overhead {@code o}, KV cache {@code =}, headroom {@code .}, outside the
 * runtime's budget {@code -}), the context and concurrency, the alternatives, the warnings.
 */
final class PlanText {

  private final Terminal terminal;

  PlanText(Terminal terminal) {
    this.terminal = terminal;
  }

  String render(PlanReport r) {
    Accounting a = r.accounting();
    StringBuilder s = new StringBuilder();
    s.append(r.resolved().modelPath())
        .append(" on ")
        .append(a.runtime().wireName())
        .append(' ')
        .append(a.runtimeVersion())
        .append(", ")
        .append(layout(a.layout()))
        .append('\n');
    int width = Math.max(20, Math.min(50, terminal.width() - 50));
    for (DeviceAccount d : a.devices()) {
      s.append(bar(d, width));
    }
    if (!a.devices().isEmpty()) {
      s.append(
          "         # weights  + activations  o overhead  = KV cache  . headroom  - outside budget\n");
    }
    s.append(paint(verdict(a), a.fits() ? "32" : "31")).append('\n');
    for (Accounting alt : r.alternatives()) {
      s.append("  also considered ")
          .append(layout(alt.layout()))
          .append(": ")
          .append(
              alt.fits()
                  ? "fits, " + MemoryBars.tokens(alt.kvCacheTokens()) + " KV tokens"
                  : "no: " + alt.why().get())
          .append('\n');
    }
    for (Warning w : r.warnings()) {
      s.append("warning: ").append(w.message()).append('\n');
    }
    for (Warning w : a.warnings()) {
      s.append("warning: ").append(w.message()).append('\n');
    }
    return s.toString();
  }

  static String layout(Layout l) {
    return "tensor parallel "
        + l.tensorParallel()
        + ", pipeline parallel "
        + l.pipelineParallel()
        + ", data parallel "
        + l.dataParallel();
  }

  static String verdict(Accounting a) {
    if (!a.fits()) {
      return "does not fit: " + a.why().get();
    }
    return String.format(
        Locale.ROOT,
        "fits: max_length %d; KV cache holds %s tokens per replica (%.2f requests at full length%s)",
        a.maxLength(),
        MemoryBars.tokens(a.kvCacheTokens()),
        a.maxConcurrency(),
        a.layout().dataParallel() > 1
            ? String.format(
                Locale.ROOT,
                ", %.2f over %d replicas",
                a.totalConcurrency(),
                a.layout().dataParallel())
            : "");
  }

  private String bar(DeviceAccount d, int width) {
    long visible = Math.max(1, Math.max(d.budgetBytes(), d.staticBytes() + d.kvCacheBytes()));
    long[] parts = {
      d.weightsBytes(),
      d.activationBytes(),
      d.overheadBytes(),
      d.kvCacheBytes(),
      Math.max(0, d.headroomBytes())
    };
    String[] glyphs = {"#", "+", "o", "=", "."};
    String[] colours = {"34", "35", "33", "32", ""};
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < parts.length; i++) {
      int cells = (int) Math.min(width - used, Math.round((double) parts[i] / visible * width));
      if (parts[i] > 0 && cells == 0 && used < width) {
        cells = 1;
      }
      used += cells;
      b.append(
          colours[i].isEmpty()
              ? glyphs[i].repeat(cells)
              : paint(glyphs[i].repeat(cells), colours[i]));
    }
    b.append("-".repeat(width - used));
    return String.format(
        Locale.ROOT,
        "  %-6s [%s] %s used of %s budget, %s headroom%n",
        d.id() < 0 ? "host" : "gpu:" + d.id(),
        b,
        Bytes.human(d.staticBytes() + d.kvCacheBytes()),
        Bytes.human(d.budgetBytes()),
        Bytes.human(d.headroomBytes()));
  }

  private String paint(String text, String colour) {
    return terminal.colour() && !text.isEmpty()
        ? "\u001b[" + colour + "m" + text + "\u001b[0m"
        : text;
  }
}
