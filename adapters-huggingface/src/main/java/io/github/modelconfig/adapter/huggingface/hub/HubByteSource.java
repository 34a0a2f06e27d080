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
 * readers read Hub files with the same code as local ones. The first read fetches a prefix (the
 * reference client's 100,001 bytes) so a header usually costs one request; the CDN location found
 * on the first read is reused.
 */
final class HubByteSource implements ByteSource {

  static final int PREFIX_BYTES = 100_001;

  private final HubApi api;
  private final String name;
  private final long size;
  private final HubErrors.Target target;
  private URI location;
  private byte[] prefix;

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
    if (prefix == null && offset + length <= PREFIX_BYTES) {
      Either<RepositoryFailure, byte[]> first = range(0, (int) Math.min(size, PREFIX_BYTES));
      if (first.isLeft()) {
        return first;
      }
      prefix = first.get();
    }
    if (prefix != null && offset + length <= prefix.length) {
      return Either.right(Arrays.copyOfRange(prefix, (int) offset, (int) offset + length));
    }
    return range(offset, length);
  }

  private Either<RepositoryFailure, byte[]> range(long offset, int length) {
    long last = offset + length - 1;
    return api.get(location, Map.of("Range", "bytes=" + offset + "-" + last), target)
        .flatMap(response -> body(response, offset, length));
  }

  /** The asked bytes of a reply: a 206 of exactly them, or a 200 of the whole file. */
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
    long last = offset + length - 1;
    return Either.left(
        new RepositoryFailure.Transport(
            "The reply for bytes "
                + offset
                + "-"
                + last
                + " of "
                + name
                + " was cut short ("
                + body.length
                + " bytes, status "
                + response.status()
                + ").",
            "Retry; if it persists, check your network or proxy."));
  }
}
