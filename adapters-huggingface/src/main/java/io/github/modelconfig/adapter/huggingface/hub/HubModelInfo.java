package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Value: the parts of the Hub's model info a resolver needs: canonical id, commit, pipeline tag,
 * the files (with sizes and etags when {@code blobs=true}) and the Hub's parameter count per dtype.
 */
record HubModelInfo(
    RepoId id,
    String sha,
    Option<String> pipelineTag,
    List<HubEntry> files,
    Map<String, Long> parametersByDtype) {

  HubModelInfo {
    files = List.copyOf(files);
    parametersByDtype = Collections.unmodifiableMap(new LinkedHashMap<>(parametersByDtype));
  }

  /** The commit the revision resolved to. */
  Revision commit() {
    return new Revision(sha);
  }

  boolean hasSizes() {
    return files.stream().allMatch(f -> f.file().size().isDefined());
  }

  static Either<RepositoryFailure, HubModelInfo> parse(
      JsonNode root, RepoId repoId, String server) {
    String sha = root.path("sha").asText("");
    if (!sha.matches("[0-9a-f]{40}")) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The Hub's model info for '" + repoId + "' has no commit sha.",
              "Check HF_ENDPOINT: it must point at a Hugging Face Hub."));
    }
    List<HubEntry> files = new ArrayList<>();
    for (JsonNode sibling : root.path("siblings")) {
      Either<RepositoryFailure, HubEntry> entry = HubEntry.ofSibling(sibling, repoId, server);
      if (entry.isLeft()) {
        return Either.left(entry.getLeft());
      }
      files.add(entry.get());
    }
    Map<String, Long> parameters = new TreeMap<>();
    root.path("safetensors")
        .path("parameters")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().canConvertToLong() && e.getValue().asLong() >= 0) {
                parameters.put(e.getKey(), e.getValue().asLong());
              }
            });
    JsonNode tag = root.path("pipeline_tag");
    return Either.right(
        new HubModelInfo(
            RepoId.parse(root.path("id").asText("")).getOrElse(repoId),
            sha,
            tag.isTextual() ? Option.of(tag.asText()) : Option.none(),
            files,
            parameters));
  }
}
