package io.github.modelconfig.domain.repo;

import io.vavr.control.Option;

/**
 * Value: a weight path split as {@code prefix/rest} after its second slash: {@code org/name/file}
 * names {@code file} of repo {@code org/name} when the prefix is spelled as the Hub spells repo ids
 * (never {@code ./a}, {@code /etc} or {@code ~/m}).
 */
record RepoPath(Option<String> prefix, String rest) {

  static RepoPath of(String path) {
    String[] pieces = path.split("/", -1);
    if (pieces.length < 3) {
      return new RepoPath(Option.none(), path);
    }
    String prefix = pieces[0] + "/" + pieces[1];
    return new RepoPath(Option.of(prefix), path.substring(prefix.length() + 1));
  }

  /** The prefix, when it reads as a qualified repo id ({@code org/name}). */
  Option<RepoId> repo() {
    return prefix.flatMap(RepoId::parseQualified);
  }
}
