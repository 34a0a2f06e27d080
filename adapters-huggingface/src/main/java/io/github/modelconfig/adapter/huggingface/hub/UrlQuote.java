package io.github.modelconfig.adapter.huggingface.hub;

import java.nio.charset.StandardCharsets;

/**
 * Rule: Python's {@code urllib.parse.quote}, which {@code huggingface_hub} uses for URLs: ASCII
 * letters, digits and {@code _.-~} are kept, every other UTF-8 byte becomes {@code %XX} (upper
 * case). Revisions are quoted with no safe character ({@code quote(revision, safe="")}, so {@code
 * refs/pr/1} becomes {@code refs%2Fpr%2F1}); file paths keep their slashes ({@code quote(path)}).
 */
final class UrlQuote {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlQuote() {}

  /** {@code quote(text, safe="")}. */
  static String quote(String text) {
    return quote(text, false);
  }

  /** {@code quote(text)}: slashes kept. */
  static String quotePath(String text) {
    return quote(text, true);
  }

  private static String quote(String text, boolean keepSlash) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || (keepSlash && c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-'
        || c == '~';
  }
}
