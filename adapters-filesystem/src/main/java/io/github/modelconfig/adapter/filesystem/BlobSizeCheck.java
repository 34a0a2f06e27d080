package io.github.modelconfig.adapter.filesystem;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: whether a cached file's size is the one its own content declares, without a listing: a
 * safetensors file is 8 bytes, its header, then data up to the largest {@code data_offsets} end.
 * Other files carry no size of their own ({@code download --verify} checks their digests).
 */
final class BlobSizeCheck {

  /** Headers larger than this are not read by a scan (the format's readers have their limits). */
  static final long MAX_HEADER = 100_000_000L;

  private static final Pattern END =
      Pattern.compile("\"data_offsets\"\\s*:\\s*\\[\\s*\\d+\\s*,\\s*(\\d+)\\s*]");

  private BlobSizeCheck() {}

  /** What is wrong with the size of {@code file} (shown as {@code name}), none when it is right. */
  static Option<String> problem(String name, Path file) throws IOException {
    if (!name.endsWith(".safetensors")) {
      return Option.none();
    }
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      if (size < 8) {
        return Option.of(name + " is " + size + " bytes, shorter than a safetensors header");
      }
      ByteBuffer prefix = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(prefix, 0);
      long headerLength = prefix.getLong(0);
      if (headerLength < 2 || headerLength > MAX_HEADER) {
        return Option.none();
      }
      if (8 + headerLength > size) {
        return Option.of(truncated(name, size, 8 + headerLength));
      }
      ByteBuffer header = ByteBuffer.allocate((int) headerLength);
      while (header.hasRemaining() && channel.read(header, 8 + header.position()) > 0) {
        // reads the whole header
      }
      Matcher m = END.matcher(new String(header.array(), StandardCharsets.UTF_8));
      long end = 0;
      while (m.find()) {
        end = Math.max(end, Long.parseLong(m.group(1)));
      }
      long expected = 8 + headerLength + end;
      return size < expected ? Option.of(truncated(name, size, expected)) : Option.none();
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private static String truncated(String name, long size, long expected) {
    return name
        + " is "
        + size
        + " bytes, its header needs "
        + expected
        + ": the cached copy is truncated; run 'modelconfig download' of the repo again to"
        + " fetch it anew";
  }
}
