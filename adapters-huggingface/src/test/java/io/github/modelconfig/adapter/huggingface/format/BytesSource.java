package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Test fixture: a byte source over a real file or an array, counting the reads it serves. */
final class BytesSource implements ByteSource {

  private final String name;
  private final byte[] bytes;
  private final Path file;
  int reads;

  private BytesSource(String name, byte[] bytes, Path file) {
    this.name = name;
    this.bytes = bytes;
    this.file = file;
  }

  static BytesSource of(String name, byte[] bytes) {
    return new BytesSource(name, bytes, null);
  }

  static BytesSource of(Path file) {
    return new BytesSource(file.getFileName().toString(), null, file);
  }

  @Override
  public long size() {
    try {
      return bytes != null ? bytes.length : java.nio.file.Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(long offset, int length) {
    reads++;
    if (offset < 0 || length < 0 || offset + length > size()) {
      return Either.left(
          new RepositoryFailure.Corrupt(name, "read past the end of " + name, "none"));
    }
    if (bytes != null) {
      byte[] out = new byte[length];
      System.arraycopy(bytes, (int) offset, out, 0, length);
      return Either.right(out);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(length);
      while (b.hasRemaining()) {
        if (ch.read(b, offset + b.position()) < 0) {
          throw new IOException("unexpected end of " + file);
        }
      }
      return Either.right(b.array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return name;
  }
}
