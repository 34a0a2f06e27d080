package io.github.modelconfig.adapter.huggingface.format;

/**
 * Driven-adapter helper: checks that bytes are well-formed UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF) without decoding them, whole or as a stream cut anywhere.
 */
final class Utf8 {

  private int pending;
  private int codePoint;
  private int min;

  static boolean valid(byte[] b, int offset, int length) {
    Utf8 check = new Utf8();
    return check.accept(b, offset, length) && check.complete();
  }

  /** Takes the next bytes of a stream; false as soon as they cannot be UTF-8. */
  boolean accept(byte[] b, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      int c = b[i] & 0xFF;
      if (pending > 0) {
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        codePoint = (codePoint << 6) | (c & 0x3F);
        if (--pending == 0
            && (codePoint < min
                || codePoint > 0x10FFFF
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
          return false;
        }
      } else if (c >= 0x80 && !start(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when no multi-byte sequence is left open. */
  boolean complete() {
    return pending == 0;
  }

  private boolean start(int c) {
    if (c >= 0xC2 && c <= 0xDF) {
      pending = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      pending = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      pending = 3;
      min = 0x10000;
    } else {
      return false;
    }
    codePoint = c & (0x3F >> pending);
    return true;
  }
}
