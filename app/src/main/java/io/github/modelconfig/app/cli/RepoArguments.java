package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Validation;

/** CLI rule: a command's repo id and revision arguments read as values, or a coded error each. */
final class RepoArguments {

  private RepoArguments() {}

  static Validation<ConfigError, RepoId> repoId(String field, String text) {
    return RepoId.parse(text)
        .toValidation(
            () ->
                new ConfigError(
                    ErrorCode.INVALID_REPO_ID,
                    field,
                    field
                        + " is '"
                        + text
                        + "'; it must be a Hugging Face repo id: name or org/name, of ASCII"
                        + " letters, digits and -_. (at most 96 a part, no '--' or '..').",
                    "Give a repo id such as meta-llama/Llama-3.1-8B-Instruct; a local folder"
                        + " needs no download."));
  }

  static Validation<ConfigError, Revision> revision(String field, String text) {
    return Revision.parse(text)
        .toValidation(
            () ->
                new ConfigError(
                    ErrorCode.INVALID_REVISION,
                    field,
                    field + " is '" + text + "'; it must be " + Revision.ALLOWED + ".",
                    "Give a branch, tag or 40-hex commit as the Hub lists it (e.g. main, v1.0,"
                        + " refs/pr/1)."));
  }
}
