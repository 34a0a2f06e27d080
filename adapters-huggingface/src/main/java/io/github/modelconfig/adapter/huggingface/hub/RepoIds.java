package io.github.modelconfig.adapter.huggingface.hub;

import java.util.regex.Pattern;

/** Rule: what the Hub accepts as a repo id ({@code name} or {@code namespace/name}). */
final class RepoIds {

  private static final Pattern ID =
      Pattern.compile("([A-Za-z0-9][\\w.-]{0,95}/)?[A-Za-z0-9][\\w.-]{0,95}");

  private RepoIds() {}

  static boolean isRepoId(String id) {
    return ID.matcher(id).matches()
        && !id.contains("--")
        && !id.contains("..")
        && !id.endsWith(".git")
        && !id.endsWith(".");
  }
}
