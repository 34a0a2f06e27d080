package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * Driven adapter: a remote file read with HTTP {@code Range} requests, so the safetensors and GGUF
 * readers read Hub files with the same code as local ones. The first read fetches a {@value
 * #PREFIX_BYTES}-byte prefix (a usual shard header, ~3 KB, in one request); a read past it fetches
 * exactly the missing bytes and, up to {@value #KEPT_BYTES} bytes, keeps them, so a header parsed
 * in several passes costs at most two requests. A server that ignores {@code Range} (a 200 with the
 * whole file) is read only up to the bytes asked, then the connection is closed.
 */
final class HubByteSource implements ByteSource {

  static final int PREFIX_BYTES = 16 * 1024;
  static final int KEPT_BYTES = 4 * 1024 * 1024 + PREFIX_BYTES;

  /** The most bytes of a 200 (Range ignored) read to reach the asked ones. */
  static final long IGNORED_RANGE_LIMIT = KEPT_BYTES;

  private final HubApi api;
  private final String name;
  private final long size;
  private final HubErrors.Target target;
  private volatile URI location;
  private volatile byte[] start = new byte[0];

  HubByteSource(HubApi api, URI location, String name, long size, HubErrors.Target target) {
    this.api = api;
    this.location = location;
    this.name = name;
    this.size = size;
    this.target = target;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(long offset, int length) {
    Option<RepositoryFailure> outside =
        ByteSource.outside(
            name,
            size,
            offset,
            length,
            "The file is shorter than its header says; report it to the repo's owner.");
    if (outside.isDefined()) {
      return Either.left(outside.get());
    }
    if (length == 0) {
      return Either.right(new byte[0]);
    }
    long end = offset + length;
    byte[] kept = start;
    if (end <= kept.length) {
      return Either.right(Arrays.copyOfRange(kept, (int) offset, (int) end));
    }
    return end <= KEPT_BYTES ? fromStart(offset, length) : range(offset, length);
  }

  /** Bytes within the kept start of the file: fetches what is missing (at first, the prefix). */
  private synchronized Either<RepositoryFailure, byte[]> fromStart(long offset, int length) {
    int end = (int) (offset + length);
    int from = start.length;
    if (end > from) {
      int upTo = (int) Math.max(end, from == 0 ? Math.min(size, PREFIX_BYTES) : 0);
      Either<RepositoryFailure, byte[]> rest = range(from, upTo - from);
      if (rest.isLeft()) {
        return rest;
      }
      byte[] grown = Arrays.copyOf(start, upTo);
      System.arraycopy(rest.get(), 0, grown, from, upTo - from);
      start = grown;
    }
    return Either.right(Arrays.copyOfRange(start, (int) offset, end));
  }

  private Either<RepositoryFailure, byte[]> range(long offset, int length) {
    long last = offset + length - 1;
    return api.get(
            location,
            Map.of("Range", "bytes=" + offset + "-" + last),
            target,
            HubRead.range(offset, length, IGNORED_RANGE_LIMIT))
        .flatMap(response -> body(response, offset, length));
  }

  /** The asked bytes of a reply: a 206 of exactly them, or the start of a 200's whole file. */
  private Either<RepositoryFailure, byte[]> body(HubResponse response, long offset, int length) {
    location = response.uri();
    byte[] body = response.body();
    if (response.status() == 206
        && body.length == length
        && response.header("Content-Range").orElse("").startsWith("bytes " + offset + "-")) {
      return Either.right(body);
    }
    if (response.status() == 200 && body.length >= offset + length) {
      return Either.right(Arrays.copyOfRange(body, (int) offset, (int) offset + length));
    }
    return Either.left(RangeFailures.of(response, name, offset, length, target));
  }
}
