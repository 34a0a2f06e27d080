package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test fake: a repo's files held in memory, listed with sizes and sha256 etags, recording every
 * read and open ({@code "read config.json"}, {@code "open model.safetensors"}). Built with {@link
 * #repo}; a file can be made to fail with a given failure.
 */
public final class InMemoryModelFiles implements ModelFiles {

  private final RepoListing listing;
  private final Map<String, byte[]> contents;
  private final Map<String, RepositoryFailure> failures;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private InMemoryModelFiles(Builder b) {
    List<RepoFile> files = new ArrayList<>();
    Map<String, String> etags = new LinkedHashMap<>();
    b.contents.forEach(
        (path, bytes) -> {
          files.add(RepoFile.of(path, bytes.length));
          etags.put(path, b.etags.getOrDefault(path, sha256(bytes)));
        });
    this.listing =
        new RepoListing(
            b.repoId,
            b.kind,
            b.commit,
            files,
            b.withEtags ? etags : Map.of(),
            b.readCost,
            b.pipelineTag,
            b.counts,
            b.fingerprint);
    this.contents = Collections.unmodifiableMap(new LinkedHashMap<>(b.contents));
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(b.failures));
  }

  /** A builder of a local folder listing nothing yet, read cheaply. */
  public static Builder repo(String repoId) {
    return new Builder(repoId);
  }

  /** The reads and opens served, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public RepoListing list() {
    return listing;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    requests.add("read " + path);
    return bytes(path)
        .flatMap(
            b ->
                b.length > maxBytes
                    ? Either.left(
                        new RepositoryFailure.Corrupt(
                            path, path + " is " + b.length + " bytes, too big.", "Check it."))
                    : Either.right(b.clone()));
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    requests.add("open " + path);
    return bytes(path).map(b -> InMemoryByteSource.of(path, b));
  }

  private Either<RepositoryFailure, byte[]> bytes(String path) {
    if (failures.containsKey(path)) {
      return Either.left(failures.get(path));
    }
    byte[] b = contents.get(path);
    return b != null
        ? Either.right(b)
        : Either.left(
            new RepositoryFailure.NotFound(
                RepositoryFailure.Missing.FILE,
                "'" + path + "' not found in '" + listing.repoId() + "'.",
                "Check the name."));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Test-data builder of an in-memory repo. */
  public static final class Builder {

    private final Map<String, String> etags = new LinkedHashMap<>();
    private final String repoId;
    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final Map<String, RepositoryFailure> failures = new LinkedHashMap<>();
    private RepoKind kind = RepoKind.LOCAL_FOLDER;
    private ReadCost readCost = ReadCost.LOCAL;
    private Option<String> commit = Option.none();
    private Option<String> pipelineTag = Option.none();
    private Option<ParameterCounts> counts = Option.none();
    private Option<String> fingerprint = Option.none();
    private boolean withEtags = true;

    private Builder(String repoId) {
      this.repoId = repoId;
    }

    public Builder file(String path, byte[] content) {
      contents.put(path, content.clone());
      return this;
    }

    public Builder file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code path} is listed but reading or opening it fails with {@code failure}. */
    public Builder failing(String path, RepositoryFailure failure) {
      contents.putIfAbsent(path, new byte[0]);
      failures.put(path, failure);
      return this;
    }

    /** A Hub repo at {@code commit}: every read costs a round trip. */
    public Builder onHub(String commitSha) {
      kind = RepoKind.HUB;
      readCost = ReadCost.ROUND_TRIP;
      commit = Option.of(commitSha);
      return this;
    }

    public Builder pipelineTag(String tag) {
      pipelineTag = Option.of(tag);
      return this;
    }

    public Builder hubParameterCounts(Map<String, Long> byDtype) {
      counts = Option.of(new ParameterCounts(byDtype));
      return this;
    }

    public Builder fingerprint(String value) {
      fingerprint = Option.of(value);
      return this;
    }

    /** Lists {@code path} with this etag instead of its sha256 (a server's bad listing). */
    public Builder etag(String path, String value) {
      etags.put(path, value);
      return this;
    }

    public Builder withoutEtags() {
      withEtags = false;
      return this;
    }

    public InMemoryModelFiles build() {
      return new InMemoryModelFiles(this);
    }
  }
}
