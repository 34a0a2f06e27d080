package io.github.modelconfig.domain.plan;

import io.vavr.control.Option;
import java.util.Locale;

/** Value: a serving runtime whose memory accounting {@code plan} models. */
public enum RuntimeKind {
  MAX("max"),
  VLLM("vllm"),
  SGLANG("sglang"),
  LLAMA_CPP("llama.cpp");

  private final String wireName;

  RuntimeKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The runtime named {@code text} ({@code llamacpp} and {@code llama-cpp} accepted too). */
  public static Option<RuntimeKind> parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (RuntimeKind kind : values()) {
      if (kind.wireName.equals(key)) {
        return Option.of(kind);
      }
    }
    return key.equals("llamacpp") || key.equals("llama-cpp") ? Option.of(LLAMA_CPP) : Option.none();
  }

  /** The wire names, in declaration order, for help texts and errors. */
  public static String allowed() {
    StringBuilder s = new StringBuilder();
    for (RuntimeKind kind : values()) {
      s.append(s.length() == 0 ? "" : ", ").append(kind.wireName);
    }
    return s.toString();
  }
}
