package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** Driven port: the files of one model repo at one revision, wherever they live. */
public interface ModelFiles {

  /** The repo id, or the folder path, for messages and output. */
  String repoId();

  RepoKind kind();

  /** The commit the revision resolved to, when known. */
  Option<String> commit();

  /** Every file, with sizes when known. */
  List<RepoFile> list();

  /** A whole small file (config JSON), refusing files larger than {@code maxBytes}. */
  Either<RepositoryFailure, byte[]> read(String path, long maxBytes);

  /** Random access to a (possibly huge) file, for header reads. */
  Either<RepositoryFailure, ByteSource> open(String path);

  /** The Hub's {@code pipeline_tag}, when the repo came from the Hub. */
  default Option<String> pipelineTag() {
    return Option.none();
  }

  /**
   * The file's etag as the shared HF cache names its blob (LFS sha256, else git blob id), when
   * known.
   */
  default Option<String> etag(String path) {
    return Option.none();
  }

  /**
   * The Hub's own count of safetensors parameters per dtype (model info {@code
   * safetensors.parameters}), when the repo came from the Hub and the Hub computed it; empty
   * otherwise.
   */
  default java.util.Map<String, Long> hubParameterCounts() {
    return java.util.Map.of();
  }

  /**
   * A token that changes whenever any file of the repo changes (path, size or modification time),
   * so that the parsed metadata can be reused while it stays equal; none when the repo cannot tell,
   * which turns that reuse off.
   */
  default Option<String> fingerprint() {
    return Option.none();
  }
}
