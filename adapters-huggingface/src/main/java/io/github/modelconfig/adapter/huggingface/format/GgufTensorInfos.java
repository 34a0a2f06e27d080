package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.GgmlType;
import io.github.modelconfig.domain.weights.GgufLayerBytes;
import io.github.modelconfig.domain.weights.TensorTotals;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Driven adapter: streams a GGUF file's tensor infos (spec §9.1) into totals per ggml type,
 * checking each as it passes (at most {@link #MAX_DIMS} dimensions, no overflow, rows a whole
 * number of blocks, offsets aligned and contiguous in file order while sizes are known, data inside
 * the file) and keeping only a 64-bit hash of each name to refuse a name given twice, so a million
 * tensor infos cost 8 MB, and bytes per decoder layer (at most {@link GgufLayerBytes#MAX_LAYERS}).
 * A second pass over the infos names a tensor that a late check refuses.
 */
final class GgufTensorInfos {

  static final int MAX_DIMS = 4;

  /** Type ids at or past this are refused; ggml defines fewer than 50 (unknown ones are kept). */
  static final long MAX_TYPE_ID = 1024;

  /** Value: the infos' totals by type name and by layer, and where the tensor data starts. */
  record Result(Map<String, TensorTotals> byType, GgufLayerBytes layers, long dataStart) {}

  /** One tensor info as it is read; {@code name} holds its bytes during the call only. */
  private interface Visitor {
    void tensor(long index, int nameLength, int typeId, long elements, long bytes, long offset);
  }

  private final ByteSource source;
  private final int version;
  private final long count;
  private final long start;
  private final long alignment;
  private final byte[] name = new byte[GgufReader.MAX_KEY_BYTES];

  private GgufTensorInfos(ByteSource source, int version, long count, long start, long alignment) {
    this.source = source;
    this.version = version;
    this.count = count;
    this.start = start;
    this.alignment = alignment;
  }

  /** Reads {@code count} tensor infos at the cursor, which ends past them. */
  static Result read(ByteSource source, GgufCursor in, int version, long count, long alignment) {
    return new GgufTensorInfos(source, version, count, in.position(), alignment).read(in);
  }

  private Result read(GgufCursor in) {
    Map<Integer, long[]> totals = new LinkedHashMap<>();
    NameHashes hashes = new NameHashes();
    GgufOffsets offsets = new GgufOffsets(alignment);
    GgufLayerBytes.Builder layers = new GgufLayerBytes.Builder();
    each(
        in,
        (index, nameLength, typeId, elements, bytes, offset) -> {
          hashes.add(hashes.hash(name, 0, nameLength));
          offsets
              .next(index, typeId, bytes, offset)
              .forEach(
                  p -> {
                    throw refused(nameLength, p);
                  });
          long[] t = totals.computeIfAbsent(typeId, k -> new long[3]);
          t[0]++;
          t[1] = Math.addExact(t[1], elements);
          t[2] = Math.addExact(t[2], bytes);
          layers.add(text(nameLength), bytes);
        });
    long dataStart = align(in.position());
    if (offsets.lastIndex() >= 0 && offsets.lastEnd() > source.size() - dataStart) {
      throw new MalformedWeightsException(
          "tensor '"
              + nameAt(offsets.lastIndex())
              + "' ends at byte "
              + (offsets.lastEnd() > Long.MAX_VALUE - dataStart
                  ? "past 2^63"
                  : String.valueOf(dataStart + offsets.lastEnd()))
              + ", past the end of the "
              + source.size()
              + "-byte file");
    }
    Set<Long> repeated = hashes.repeated();
    if (!repeated.isEmpty()) {
      refuseRepeated(hashes, repeated);
    }
    Map<String, TensorTotals> byType = new LinkedHashMap<>();
    totals.forEach((id, t) -> byType.put(typeName(id), new TensorTotals(t[0], t[1], t[2])));
    return new Result(byType, layers.build(), dataStart);
  }

  /** Reads the infos one at a time; an info the format forbids is refused at once. */
  private void each(GgufCursor in, Visitor visitor) {
    for (long i = 0; i < count; i++) {
      int nameLength = nameInto(in);
      long nDims = in.u32();
      if (nDims > MAX_DIMS) {
        throw refused(nameLength, "has " + nDims + " dimensions, more than " + MAX_DIMS);
      }
      long elements = 1;
      long rowLength = -1;
      for (int d = 0; d < nDims; d++) {
        long dim = version == 1 ? in.u32() : in.u64();
        if (dim < 0) {
          throw refused(nameLength, "has a negative dimension");
        }
        try {
          elements = Math.multiplyExact(elements, dim);
        } catch (ArithmeticException e) {
          throw refused(nameLength, "element count overflows");
        }
        rowLength = d == 0 ? dim : rowLength;
      }
      long typeId = in.u32();
      long offset = in.u64();
      if (offset < 0) {
        throw refused(nameLength, "has an offset past 2^63");
      }
      if (typeId >= MAX_TYPE_ID) {
        throw refused(nameLength, "has ggml type id " + typeId + ", not below " + MAX_TYPE_ID);
      }
      visitor.tensor(
          i,
          nameLength,
          (int) typeId,
          elements,
          bytes(nameLength, typeId, elements, rowLength),
          offset);
    }
  }

  /** The tensor's bytes: 0 when its type is unknown. */
  private long bytes(int nameLength, long typeId, long elements, long rowLength) {
    Option<GgmlType> type = GgmlType.ofId((int) typeId);
    if (type.isEmpty()) {
      return 0;
    }
    if (rowLength >= 0 && rowLength % type.get().blockSize() != 0) {
      throw refused(
          nameLength,
          "row length "
              + rowLength
              + " is not a multiple of the "
              + type.get().name()
              + " block size "
              + type.get().blockSize());
    }
    return type.get()
        .bytes(elements)
        .getOrElseThrow(() -> refused(nameLength, "byte size overflows"));
  }

  /** Reads a tensor name into {@link #name}: bounded, strict UTF-8; returns its length. */
  private int nameInto(GgufCursor in) {
    long n = version == 1 ? in.u32() : in.u64();
    if (n < 0 || n > GgufReader.MAX_KEY_BYTES) {
      throw new MalformedWeightsException(
          "tensor name length "
              + Long.toUnsignedString(n)
              + " exceeds "
              + GgufReader.MAX_KEY_BYTES
              + " bytes");
    }
    in.copy((int) n, name);
    if (!Utf8.valid(name, 0, (int) n)) {
      throw new MalformedWeightsException(
          "tensor name at offset " + (in.position() - n) + " is not UTF-8");
    }
    return (int) n;
  }

  /** Streams the infos again, comparing the names whose hashes repeat. */
  private void refuseRepeated(NameHashes hashes, Set<Long> repeated) {
    Map<Long, Set<String>> seen = new HashMap<>();
    each(
        cursorAtStart(),
        (index, nameLength, typeId, elements, bytes, offset) -> {
          long hash = hashes.hash(name, 0, nameLength);
          if (repeated.contains(hash)
              && !seen.computeIfAbsent(hash, h -> new HashSet<>()).add(text(nameLength))) {
            throw new MalformedWeightsException("duplicate tensor name '" + text(nameLength) + "'");
          }
        });
  }

  private String nameAt(long wanted) {
    String[] found = {"?"};
    each(
        cursorAtStart(),
        (index, nameLength, typeId, elements, bytes, offset) -> {
          if (index == wanted) {
            found[0] = text(nameLength);
          }
        });
    return found[0];
  }

  private GgufCursor cursorAtStart() {
    GgufCursor again = new GgufCursor(source);
    again.skip(start);
    return again;
  }

  private MalformedWeightsException refused(int nameLength, String what) {
    return new MalformedWeightsException("tensor '" + text(nameLength) + "' " + what);
  }

  private String text(int nameLength) {
    return new String(name, 0, nameLength, StandardCharsets.UTF_8);
  }

  private static String typeName(int id) {
    return GgmlType.ofId(id).map(GgmlType::name).getOrElse("TYPE_" + id);
  }

  private long align(long x) {
    return GgufOffsets.align(x, alignment);
  }
}
