package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test fake: a byte source over an array, recording the offset of every read it serves. */
public final class InMemoryByteSource implements ByteSource {

  private final String name;
  private final byte[] bytes;
  private final List<Long> reads = new CopyOnWriteArrayList<>();

  private InMemoryByteSource(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  public static InMemoryByteSource of(String name, byte[] bytes) {
    return new InMemoryByteSource(name, bytes.clone());
  }

  /** The offsets read, in order. */
  public List<Long> reads() {
    return List.copyOf(reads);
  }

  @Override
  public long size() {
    return bytes.length;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(long offset, int length) {
    reads.add(offset);
    return ByteSource.outside(name, bytes.length, offset, length, "Read inside the file.")
        .<Either<RepositoryFailure, byte[]>>map(Either::left)
        .getOrElse(
            () -> Either.right(Arrays.copyOfRange(bytes, (int) offset, (int) offset + length)));
  }

  @Override
  public String name() {
    return name;
  }
}
