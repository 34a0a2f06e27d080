package io.github.modelconfig.app.cli.batch;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch: splits a request line into words as a POSIX shell would for a plain command line: blanks
 * separate words; {@code '...'} is literal; {@code "..."} keeps blanks, with {@code \"}, {@code \\}
 * and {@code \$} escaped; a backslash outside quotes escapes the next character. Nothing is
 * expanded (no variables, globs or tildes).
 */
final class LineWords {

  private LineWords() {}

  /** The words of {@code line}, or what is wrong with its quoting. */
  static Either<String, List<String>> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          return Either.left("a single quote opened at column " + (i + 1) + " is never closed");
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end;
      } else if (c == '"') {
        int end = doubleQuoted(line, i + 1, word);
        if (end < 0) {
          return Either.left("a double quote opened at column " + (i + 1) + " is never closed");
        }
        inWord = true;
        i = end;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return Either.right(words);
  }

  /**
   * Appends the quoted text from {@code from} to {@code word}; the closing quote's index, or -1.
   */
  private static int doubleQuoted(String line, int from, StringBuilder word) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
        c = line.charAt(++i);
      }
      word.append(c);
    }
    return -1;
  }
}
