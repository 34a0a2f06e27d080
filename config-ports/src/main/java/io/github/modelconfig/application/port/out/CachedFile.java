package io.github.modelconfig.application.port.out;

/** Driven-port value: a cached file: where it is, and how many bytes this run downloaded. */
public record CachedFile(String path, String location, long downloadedBytes, boolean reused) {}
