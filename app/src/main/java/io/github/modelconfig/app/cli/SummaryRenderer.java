package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.memory.Bytes;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;

/** CLI: the short human summary of {@code resolve}, with a memory bar and a one-line verdict. */
final class SummaryRenderer {

  private final Terminal terminal;

  SummaryRenderer(Terminal terminal) {
    this.terminal = terminal;
  }

  String render(ResolvedModelConfig c) {
    StringBuilder s = new StringBuilder();
    line(s, "model", c.modelName());
    line(
        s,
        "architecture",
        c.architecture().map(a -> a.name() + " (" + a.task().wireName() + ")").getOrElse("-"));
    c.model().forEach(f -> line(s, "shape", shape(f)));
    line(
        s,
        "weights",
        c.weightsFormat().map(f -> f.wireName()).getOrElse("-")
            + ", "
            + c.weightPath().size()
            + " file(s), "
            + c.weightsSize().map(Bytes::human).getOrElse("size unknown"));
    line(
        s,
        "encoding",
        c.quantizationEncoding().map(e -> e.wireName()).getOrElse("-")
            + " ("
            + origin(c, "quantization_encoding")
            + ")");
    line(
        s,
        "rope",
        c.ropeType().map(r -> r.wireName()).getOrElse("-")
            + c.model()
                .flatMap(ModelFacts::ropeScaling)
                .map(r -> ", scaling " + r.type())
                .getOrElse(""));
    line(
        s,
        "max length",
        c.maxLength().map(String::valueOf).getOrElse("-") + " (" + origin(c, "max_length") + ")");
    line(
        s,
        "kv cache",
        c.kvCache().config().cacheStrategy().wireName()
            + ", page "
            + c.kvCache().config().kvCachePageSize()
            + ", "
            + c.kvCache().cacheDtype().wireName());
    line(s, "devices", c.deviceSpecs().toString());
    c.memory().forEach(m -> memory(s, m, c.maxLength().getOrElse(m.maxLength())));
    c.warnings().forEach(w -> s.append(paint("warning: ", "33")).append(w.message()).append('\n'));
    return s.toString();
  }

  private void memory(StringBuilder s, MemoryPlan m, long maxLength) {
    line(
        s,
        "kv per token",
        Bytes.human(m.kvBytesPerToken())
            + ", per page "
            + Bytes.human(m.kvBytesPerPage())
            + ", "
            + m.numPages()
            + " pages"
            + (m.dataParallelDegree() > 1 ? " per replica x " + m.dataParallelDegree() : ""));
    line(
        s,
        "memory",
        Bytes.human(m.freeBytes())
            + " free x "
            + m.deviceMemoryUtilization()
            + " = "
            + Bytes.human(m.budgetBytes())
            + " budget; max length that fits "
            + m.maxLengthThatFits());
    s.append(new MemoryBars(terminal).render(m, maxLength));
  }

  private static String shape(ModelFacts f) {
    String layers = f.numHiddenLayers().map(String::valueOf).getOrElse("?") + " layers, ";
    String heads = f.numAttentionHeads().map(String::valueOf).getOrElse("?") + " heads, ";
    if (f.mla().isDefined()) {
      return layers
          + heads
          + "head_dim "
          + f.headDim().map(String::valueOf).getOrElse("?")
          + f.vHeadDim().map(v -> " (v " + v + ")").getOrElse("")
          + ", kv cache 1 latent head of "
          + f.mla().get().latentDim()
          + " (mla)";
    }
    return layers
        + heads
        + f.numKeyValueHeads().map(String::valueOf).getOrElse("?")
        + " kv heads, head_dim "
        + f.headDim().map(String::valueOf).getOrElse("?")
        + f.attention().map(a -> " (" + a.wireName() + ")").getOrElse("");
  }

  private static String origin(ResolvedModelConfig c, String field) {
    var o = c.provenance().of(field);
    return o == null ? "default" : o.source().wireName() + ": " + o.detail();
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(String.format("%-14s %s%n", label, value));
  }

  private String paint(String text, String colour) {
    return terminal.colour() && !text.isEmpty()
        ? "\u001b[" + colour + "m" + text + "\u001b[0m"
        : text;
  }
}
