package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.adapter.huggingface.LargeHeaders;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: a {@link LargeHeaders} file as a byte source, computed per read (a 100 MB header
 * costs no memory), with some bytes overridden to make a large valid file hostile.
 */
final class LargeSource implements ByteSource {

  private final LargeHeaders file;
  private final Map<Long, Byte> overrides = new TreeMap<>();

  LargeSource(LargeHeaders file) {
    this.file = file;
  }

  LargeSource override(long offset, byte value) {
    if (offset >= 0 && offset < file.size()) {
      overrides.put(offset, value);
    }
    return this;
  }

  @Override
  public long size() {
    return file.size();
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(long offset, int length) {
    var outside = ByteSource.outside("large", file.size(), offset, length, "-");
    if (outside.isDefined()) {
      return Either.left(outside.get());
    }
    byte[] bytes = file.read(offset, length);
    overrides.forEach(
        (at, value) -> {
          if (at >= offset && at < offset + length) {
            bytes[(int) (at - offset)] = value;
          }
        });
    return Either.right(bytes);
  }

  @Override
  public String name() {
    return "large";
  }
}
