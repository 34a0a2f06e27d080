package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Value: a ggml tensor type (spec §9.3) by its id in GGUF tensor infos, with elements per block and
 * bytes per block, from which tensor byte sizes follow.
 */
public record GgmlType(int id, String name, int blockSize, int bytesPerBlock) {

  private static final Map<Integer, GgmlType> BY_ID = table();

  public GgmlType {
    if (blockSize <= 0 || bytesPerBlock <= 0) {
      throw new IllegalArgumentException("block size and bytes must be positive: " + name);
    }
  }

  /** The known type with this id; removed and future ids are none. */
  public static Option<GgmlType> ofId(int id) {
    return Option.of(BY_ID.get(id));
  }

  /** Bytes of a tensor of {@code elements} elements, or none when not a whole number of blocks. */
  public Option<Long> bytes(long elements) {
    if (elements < 0 || elements % blockSize != 0) {
      return Option.none();
    }
    try {
      return Option.of(Math.multiplyExact(elements / blockSize, (long) bytesPerBlock));
    } catch (ArithmeticException e) {
      return Option.none();
    }
  }

  private static Map<Integer, GgmlType> table() {
    Object[][] rows = {
      {0, "F32", 1, 4},
      {1, "F16", 1, 2},
      {2, "Q4_0", 32, 18},
      {3, "Q4_1", 32, 20},
      {6, "Q5_0", 32, 22},
      {7, "Q5_1", 32, 24},
      {8, "Q8_0", 32, 34},
      {9, "Q8_1", 32, 40},
      {10, "Q2_K", 256, 84},
      {11, "Q3_K", 256, 110},
      {12, "Q4_K", 256, 144},
      {13, "Q5_K", 256, 176},
      {14, "Q6_K", 256, 210},
      {15, "Q8_K", 256, 292},
      {16, "IQ2_XXS", 256, 66},
      {17, "IQ2_XS", 256, 74},
      {18, "IQ3_XXS", 256, 98},
      {19, "IQ1_S", 256, 50},
      {20, "IQ4_NL", 32, 18},
      {21, "IQ3_S", 256, 110},
      {22, "IQ2_S", 256, 82},
      {23, "IQ4_XS", 256, 136},
      {24, "I8", 1, 1},
      {25, "I16", 1, 2},
      {26, "I32", 1, 4},
      {27, "I64", 1, 8},
      {28, "F64", 1, 8},
      {29, "IQ1_M", 256, 56},
      {30, "BF16", 1, 2},
      {34, "TQ1_0", 256, 54},
      {35, "TQ2_0", 256, 66},
      {39, "MXFP4", 32, 17},
      {40, "NVFP4", 64, 36},
      {41, "Q1_0", 128, 18},
      {42, "Q2_0", 64, 18},
    };
    Map<Integer, GgmlType> map = new TreeMap<>();
    for (Object[] r : rows) {
      map.put(
          (Integer) r[0],
          new GgmlType((Integer) r[0], (String) r[1], (Integer) r[2], (Integer) r[3]));
    }
    return Collections.unmodifiableMap(map);
  }
}
