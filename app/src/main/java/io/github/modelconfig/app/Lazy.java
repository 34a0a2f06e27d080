package io.github.modelconfig.app;

import java.util.function.Supplier;

/** Composition helper: a part of the object graph, built once on first use, thread-safely. */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<? extends T> build;
  private volatile T value;

  private Lazy(Supplier<? extends T> build) {
    this.build = build;
  }

  static <T> Lazy<T> of(Supplier<? extends T> build) {
    return new Lazy<>(build);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = build.get();
          value = v;
        }
      }
    }
    return v;
  }
}
