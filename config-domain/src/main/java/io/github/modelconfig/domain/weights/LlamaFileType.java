package io.github.modelconfig.domain.weights;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: GGUF {@code general.file_type} is llama.cpp's {@code llama_ftype} (spec §9.4, not ggml's
 * type ids): its name, and the supported encoding it implies (F32, F16, BF16, Q4_0, Q4_K_S/M,
 * Q6_K).
 */
public final class LlamaFileType {

  private static final List<String> NAMES =
      List.of(
          "ALL_F32",
          "MOSTLY_F16",
          "MOSTLY_Q4_0",
          "MOSTLY_Q4_1",
          "MOSTLY_Q4_1_SOME_F16",
          "MOSTLY_Q4_2",
          "MOSTLY_Q4_3",
          "MOSTLY_Q8_0",
          "MOSTLY_Q5_0",
          "MOSTLY_Q5_1",
          "MOSTLY_Q2_K",
          "MOSTLY_Q3_K_S",
          "MOSTLY_Q3_K_M",
          "MOSTLY_Q3_K_L",
          "MOSTLY_Q4_K_S",
          "MOSTLY_Q4_K_M",
          "MOSTLY_Q5_K_S",
          "MOSTLY_Q5_K_M",
          "MOSTLY_Q6_K",
          "MOSTLY_IQ2_XXS",
          "MOSTLY_IQ2_XS",
          "MOSTLY_Q2_K_S",
          "MOSTLY_IQ3_XS",
          "MOSTLY_IQ3_XXS",
          "MOSTLY_IQ1_S",
          "MOSTLY_IQ4_NL",
          "MOSTLY_IQ3_S",
          "MOSTLY_IQ3_M",
          "MOSTLY_IQ2_S",
          "MOSTLY_IQ2_M",
          "MOSTLY_IQ4_XS",
          "MOSTLY_IQ1_M",
          "MOSTLY_BF16",
          "MOSTLY_Q4_0_4_4",
          "MOSTLY_Q4_0_4_8",
          "MOSTLY_Q4_0_8_8",
          "MOSTLY_TQ1_0",
          "MOSTLY_TQ2_0",
          "MOSTLY_MXFP4_MOE",
          "MOSTLY_NVFP4",
          "MOSTLY_Q1_0",
          "MOSTLY_Q2_0");

  /** llama.cpp's marker for "not specified in the model file". */
  public static final long GUESSED = 1024;

  private LlamaFileType() {}

  /** The enum name, e.g. {@code MOSTLY_Q4_K_M}; none for unknown values. */
  public static Option<String> name(long fileType) {
    if (fileType == GUESSED) {
      return Option.of("GUESSED");
    }
    return fileType >= 0 && fileType < NAMES.size()
        ? Option.of(NAMES.get((int) fileType))
        : Option.none();
  }

  /** The encoding a file type serves; none for the types no supported encoding covers. */
  public static Option<SupportedEncoding> encoding(long fileType) {
    return switch ((int) Math.min(fileType, Integer.MAX_VALUE)) {
      case 0 -> Option.of(SupportedEncoding.FLOAT32);
      case 1 -> Option.of(SupportedEncoding.FLOAT16);
      case 2 -> Option.of(SupportedEncoding.Q4_0);
      case 14, 15 -> Option.of(SupportedEncoding.Q4_K);
      case 18 -> Option.of(SupportedEncoding.Q6_K);
      case 32 -> Option.of(SupportedEncoding.BFLOAT16);
      default -> Option.none();
    };
  }

  /**
   * The encoding tensors of one ggml type serve (used when {@code general.file_type} is absent).
   */
  public static Option<SupportedEncoding> encodingOfTensorType(String ggmlTypeName) {
    return switch (ggmlTypeName) {
      case "F32" -> Option.of(SupportedEncoding.FLOAT32);
      case "F16" -> Option.of(SupportedEncoding.FLOAT16);
      case "BF16" -> Option.of(SupportedEncoding.BFLOAT16);
      case "Q4_0" -> Option.of(SupportedEncoding.Q4_0);
      case "Q4_K" -> Option.of(SupportedEncoding.Q4_K);
      case "Q6_K" -> Option.of(SupportedEncoding.Q6_K);
      default -> Option.none();
    };
  }
}
