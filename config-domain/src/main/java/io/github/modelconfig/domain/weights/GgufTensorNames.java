package io.github.modelconfig.domain.weights;

/**
 * Rule: what a GGUF tensor name says about where llama.cpp puts it: {@code blk.N.} is decoder layer
 * N (src/llama-arch.cpp names), and {@code .ffn_{up,down,gate,gate_up}_{,ch}exps} is a
 * routed-expert tensor ({@code LLM_FFN_EXPS_REGEX}, common/common.h). Works on any {@link
 * CharSequence} so that a reader can pass a reused buffer.
 */
public final class GgufTensorNames {

  private static final String[] EXPERT_PARTS = {"up", "down", "gate", "gate_up"};

  private GgufTensorNames() {}

  /** N of a {@code blk.N.} name, or -1. */
  public static int layer(CharSequence name) {
    if (!startsWith(name, "blk.")) {
      return -1;
    }
    int n = 0;
    int i = 4;
    for (; i < name.length() && Character.isDigit(name.charAt(i)); i++) {
      n = n * 10 + (name.charAt(i) - '0');
      if (n > GgufLayerBytes.MAX_LAYERS) {
        return -1;
      }
    }
    return i > 4 && i < name.length() && name.charAt(i) == '.' ? n : -1;
  }

  /** Whether the name is a routed-expert tensor. */
  public static boolean routedExpert(CharSequence name) {
    String s = name.toString();
    for (String part : EXPERT_PARTS) {
      if (s.contains(".ffn_" + part + "_exps") || s.contains(".ffn_" + part + "_chexps")) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWith(CharSequence name, String prefix) {
    if (name.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (name.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
