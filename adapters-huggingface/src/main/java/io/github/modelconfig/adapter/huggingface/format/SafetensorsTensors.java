package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.domain.weights.TensorTotals;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Driven-adapter helper: what a safetensors header's tensors add up to, checked as they stream by
 * (dtype known, span equal to the shape's bytes), keeping only each tensor's span and name hash for
 * the checks that need them all: no name twice, spans contiguous from 0 to the end of the data.
 * When a check fails or hashes collide, the header is streamed again to name the tensor.
 */
final class SafetensorsTensors implements SafetensorsJson.Sink {

  /** {@code __metadata__} entries kept at most (published files have one or two). */
  static final int MAX_METADATA_ENTRIES = 4096;

  /** Characters of {@code __metadata__} keys and values kept at most. */
  static final long MAX_METADATA_CHARS = 16L * 1024 * 1024;

  private final NameHashes names = new NameHashes();
  private final LongBlocks spans = new LongBlocks();
  private final Map<String, long[]> totals = new LinkedHashMap<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private long metadataChars;
  private long dataBytes;

  @Override
  public void tensor(String name, String dtype, long elements, long begin, long end) {
    long bits = SafetensorsDtypes.bits(dtype);
    long bytes;
    try {
      long elementBits = Math.multiplyExact(elements, bits);
      if (elementBits % 8 != 0) {
        throw new MalformedWeightsException("tensor '" + name + "' is not byte-aligned");
      }
      bytes = elementBits / 8;
    } catch (ArithmeticException e) {
      throw new MalformedWeightsException("tensor '" + name + "' shape overflows");
    }
    if (end - begin != bytes) {
      throw new MalformedWeightsException(
          "tensor '"
              + name
              + "' spans "
              + (end - begin)
              + " bytes but its "
              + dtype
              + " shape of "
              + elements
              + " elements needs "
              + bytes);
    }
    long[] t = totals.computeIfAbsent(dtype, d -> new long[3]);
    t[0]++;
    t[1] = add(t[1], elements, name);
    t[2] = add(t[2], bytes, name);
    names.add(names.hash(name));
    spans.add(begin);
    spans.add(end);
  }

  @Override
  public void metadata(String key, String value) {
    metadataChars += key.length() + value.length();
    if (metadata.size() >= MAX_METADATA_ENTRIES || metadataChars > MAX_METADATA_CHARS) {
      throw new MalformedWeightsException(
          "__metadata__ holds more than "
              + MAX_METADATA_ENTRIES
              + " entries or "
              + MAX_METADATA_CHARS
              + " characters");
    }
    if (metadata.put(key, value) != null) {
      throw new MalformedWeightsException("__metadata__ gives '" + key + "' twice");
    }
  }

  /** Refuses a name given twice; streams the header again only when two hashes are equal. */
  void checkNamesOnce(Consumer<SafetensorsJson.Sink> again) {
    Set<Long> repeated = names.repeated();
    if (repeated.isEmpty()) {
      return;
    }
    Map<Long, Set<String>> seen = new HashMap<>();
    again.accept(
        new NamesOnly() {
          @Override
          public void tensor(String name, String dtype, long elements, long begin, long end) {
            long hash = names.hash(name);
            if (repeated.contains(hash)
                && !seen.computeIfAbsent(hash, h -> new java.util.HashSet<>()).add(name)) {
              throw new MalformedWeightsException(
                  "the header names a tensor twice: '" + name + "'");
            }
          }
        });
  }

  /** Spans sorted by (begin, end) tile the data buffer: from 0, no gap, no overlap, to its end. */
  void checkSpans(long dataBufferBytes, Consumer<SafetensorsJson.Sink> again) {
    long[][] pairs = spans.drainPairs();
    long[] begins = pairs[0];
    long[] ends = pairs[1];
    if (!PairSort.sorted(begins, ends)) {
      PairSort.sort(begins, ends);
    }
    long expected = 0;
    for (int k = 0; k < begins.length; k++) {
      if (begins[k] != expected) {
        throw new MalformedWeightsException(
            "tensor '"
                + nameStartingAt(begins[k], again)
                + "' starts at "
                + begins[k]
                + " but the previous ended at "
                + expected
                + " (gap or overlap)");
      }
      expected = ends[k];
    }
    if (expected != dataBufferBytes) {
      throw new MalformedWeightsException(
          "the tensors cover " + expected + " bytes but the data buffer has " + dataBufferBytes);
    }
    dataBytes = expected;
  }

  Map<String, TensorTotals> byDtype() {
    Map<String, TensorTotals> byDtype = new LinkedHashMap<>();
    totals.forEach((dtype, t) -> byDtype.put(dtype, new TensorTotals(t[0], t[1], t[2])));
    return byDtype;
  }

  long dataBytes() {
    return dataBytes;
  }

  Map<String, String> metadata() {
    return metadata;
  }

  private static String nameStartingAt(long begin, Consumer<SafetensorsJson.Sink> again) {
    String[] found = {"?"};
    again.accept(
        new NamesOnly() {
          @Override
          public void tensor(String name, String dtype, long elements, long b, long e) {
            if (b == begin && found[0].equals("?")) {
              found[0] = name;
            }
          }
        });
    return found[0];
  }

  private static long add(long a, long b, String name) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new MalformedWeightsException("tensor '" + name + "' makes the totals overflow");
    }
  }

  /** A second pass that looks at tensors only. */
  private abstract static class NamesOnly implements SafetensorsJson.Sink {
    @Override
    public void metadata(String key, String value) {}
  }
}
