package io.github.modelconfig.adapter.filesystem;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Rule: the shared Hugging Face cache layout ({@code huggingface_hub}'s): {@code
 * models--{org}--{name}/} with {@code refs/}, {@code snapshots/{commit}/}, {@code blobs/{etag}} and
 * {@code .no_exist/{commit}/}.
 */
record HfCacheLayout(Path root) {

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern REPO_ID =
      Pattern.compile("([A-Za-z0-9][\\w.-]{0,95}/)?[A-Za-z0-9][\\w.-]{0,95}");

  static boolean isCommit(String revision) {
    return COMMIT.matcher(revision).matches();
  }

  static boolean isRepoId(String id) {
    return REPO_ID.matcher(id).matches() && !id.contains("--") && !id.contains("..");
  }

  /** {@code models--org--name}: the type's plural, then the id's segments, joined by "--". */
  static String folderName(String repoId) {
    return "models--" + repoId.replace("/", "--");
  }

  Path repo(String repoId) {
    return root.resolve(folderName(repoId));
  }

  Path snapshot(String repoId, String commit) {
    return repo(repoId).resolve("snapshots").resolve(commit);
  }

  Path blob(String repoId, String etag) {
    return repo(repoId).resolve("blobs").resolve(etag);
  }

  Path ref(String repoId, String revision) {
    return repo(repoId).resolve("refs").resolve(revision);
  }

  Path noExist(String repoId, String commit, String path) {
    return repo(repoId).resolve(".no_exist").resolve(commit).resolve(path);
  }

  Path lock(String repoId, String etag) {
    return root.resolve(".locks").resolve(folderName(repoId)).resolve(etag + ".lock");
  }

  /** The commit a revision names: itself when a 40-hex commit, else {@code refs/{revision}}. */
  Option<String> commit(String repoId, String revision) {
    if (isCommit(revision)) {
      return Option.of(revision);
    }
    Path ref = ref(repoId, revision).normalize();
    if (!ref.startsWith(repo(repoId).resolve("refs")) || !Files.isRegularFile(ref)) {
      return Option.none();
    }
    try {
      String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
      return isCommit(commit) ? Option.of(commit) : Option.none();
    } catch (IOException e) {
      return Option.none();
    }
  }
}
