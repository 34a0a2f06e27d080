package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Driven-port value: one repo at one revision as its place lists it: the repo id (or folder path)
 * for messages, where it was found, the commit, the files with sizes and etags when known (the etag
 * names the shared cache's blob: LFS sha256, else git blob id), what a read costs, the Hub's
 * pipeline tag and parameter counts, and a fingerprint that changes whenever a file does (none when
 * the place cannot tell, which turns off reusing metadata parsed earlier).
 */
public record RepoListing(
    String repoId,
    RepoKind kind,
    Option<String> commit,
    List<RepoFile> files,
    Map<String, String> etags,
    ReadCost readCost,
    Option<String> pipelineTag,
    Option<ParameterCounts> hubParameterCounts,
    Option<String> fingerprint) {

  public RepoListing {
    Objects.requireNonNull(repoId, "repoId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(commit, "commit");
    files = List.copyOf(files);
    etags = Collections.unmodifiableMap(new LinkedHashMap<>(etags));
    Objects.requireNonNull(readCost, "readCost");
    Objects.requireNonNull(pipelineTag, "pipelineTag");
    Objects.requireNonNull(hubParameterCounts, "hubParameterCounts");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Local files of {@code kind}, read cheaply, with a fingerprint and nothing from the Hub. */
  public static RepoListing local(
      String repoId,
      RepoKind kind,
      Option<String> commit,
      List<RepoFile> files,
      String fingerprint) {
    return new RepoListing(
        repoId,
        kind,
        commit,
        files,
        Map.of(),
        ReadCost.LOCAL,
        Option.none(),
        Option.none(),
        Option.of(fingerprint));
  }

  /** This listing with other files and fingerprint (e.g. two listings of one folder joined). */
  public RepoListing withFiles(List<RepoFile> others, Option<String> otherFingerprint) {
    return new RepoListing(
        repoId,
        kind,
        commit,
        others,
        etags,
        readCost,
        pipelineTag,
        hubParameterCounts,
        otherFingerprint);
  }

  public Option<RepoFile> file(String path) {
    return Option.ofOptional(files.stream().filter(f -> f.path().equals(path)).findFirst());
  }

  public boolean has(String path) {
    return file(path).isDefined();
  }

  public Option<String> etag(String path) {
    return Option.of(etags.get(path));
  }
}
