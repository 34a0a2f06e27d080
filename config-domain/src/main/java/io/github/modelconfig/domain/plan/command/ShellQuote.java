package io.github.modelconfig.domain.plan.command;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule: POSIX shell quoting of one argument, so that a printed command line runs as printed in
 * {@code sh}, {@code bash} and {@code zsh}: words of safe characters stay bare, everything else is
 * single-quoted, a single quote inside becomes {@code '\''}, and the empty word becomes {@code ''}.
 */
public final class ShellQuote {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private ShellQuote() {}

  /** {@code word} as one shell word. */
  public static String quote(String word) {
    if (SAFE.matcher(word).matches() && !word.startsWith("~") && !word.startsWith("=")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words quoted and joined by single spaces. */
  public static String join(List<String> words) {
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      line.append(line.length() == 0 ? "" : " ").append(quote(word));
    }
    return line.toString();
  }
}
