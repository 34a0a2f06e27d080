package io.github.modelconfig.application.port.out;

/**
 * Driven-port value: how a file already in the cache is treated: {@code force} fetches it again
 * whatever it holds; {@code verify} checks its content against the etag (the sha256 of an LFS file,
 * the git blob id of another) before reusing it, and a fetched file before keeping it. Without
 * either, a cached file is reused when its size is the listed one.
 */
public record StorePolicy(boolean force, boolean verify) {

  public static final StorePolicy REUSE = new StorePolicy(false, false);
}
