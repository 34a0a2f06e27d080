package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Validation;

/**
 * Rule: text read as a repo id or a revision, or the coded error naming the field (as the user
 * typed it), what was found, what is allowed and the fix.
 */
public final class RepoRules {

  private RepoRules() {}

  public static Validation<ConfigError, RepoId> repoId(String field, String text) {
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

  public static Validation<ConfigError, Revision> revision(String field, String text) {
    return Revision.parse(text)
        .toValidation(
            () ->
                new ConfigError(
                    ErrorCode.INVALID_REVISION,
                    field,
                    field + " is '" + text + "'; it must be " + Revision.ALLOWED + ".",
                    "Give a branch, tag or 40-hex commit as the Hub lists it (e.g. main, v1.0,"
                        + " refs/pr/1), or leave it out for main."));
  }
}
