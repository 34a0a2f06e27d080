package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rule: the shared Hugging Face cache layout ({@code huggingface_hub}'s): {@code
 * models--{org}--{name}/} with {@code refs/}, {@code snapshots/{commit}/}, {@code blobs/{etag}} and
 * {@code .no_exist/{commit}/}.
 */
record HfCacheLayout(Path root) {

  private static final String MODELS = "models--";

  /**
   * {@code models--org--name}: the type's plural, then the id's parts joined by "--" ({@code
   * huggingface_hub} file_download.py, {@code repo_folder_name}); a repo id never holds "--", so
   * the name maps back to one id.
   */
  static String folderName(RepoId repoId) {
    return MODELS + repoId.toString().replace("/", "--");
  }

  /** The model repo a folder named {@code models--org--name} caches, none for any other name. */
  static Option<RepoId> repoId(String folderName) {
    return folderName.startsWith(MODELS)
        ? RepoId.parse(folderName.substring(MODELS.length()).replace("--", "/"))
        : Option.none();
  }

  Path repo(RepoId repoId) {
    return root.resolve(folderName(repoId));
  }

  Path snapshot(RepoId repoId, String commit) {
    return repo(repoId).resolve("snapshots").resolve(commit);
  }

  Path blob(RepoId repoId, String etag) {
    return repo(repoId).resolve("blobs").resolve(etag);
  }

  Path ref(RepoId repoId, Revision revision) {
    return repo(repoId).resolve("refs").resolve(revision.value());
  }

  Path noExist(RepoId repoId, String commit, String path) {
    return repo(repoId).resolve(".no_exist").resolve(commit).resolve(path);
  }

  Path lock(RepoId repoId, String etag) {
    return root.resolve(".locks").resolve(folderName(repoId)).resolve(etag + ".lock");
  }

  /** The commit a revision names: itself when a 40-hex commit, else {@code refs/{revision}}. */
  Option<String> commit(RepoId repoId, Revision revision) {
    if (revision.isCommit()) {
      return Option.of(revision.value());
    }
    Path ref = ref(repoId, revision).normalize();
    if (!ref.startsWith(repo(repoId).resolve("refs")) || !Files.isRegularFile(ref)) {
      return Option.none();
    }
    try {
      String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
      return Revision.parse(commit).filter(Revision::isCommit).map(Revision::value);
    } catch (IOException e) {
      return Option.none();
    }
  }
}
