package io.github.modelconfig.domain.error;

import io.vavr.Function3;
import io.vavr.Function4;
import io.vavr.Function5;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Value: the outcome of one resolution step: its value or every problem it found, and the warnings
 * it raised either way. {@link #flatMap} chains a step that needs the previous value; {@code
 * combine} joins independent steps, reporting all their problems and warnings in argument order.
 */
public record Checked<T>(Validation<Seq<ConfigError>, T> validation, List<Warning> warnings) {

  public Checked {
    Objects.requireNonNull(validation, "validation");
    warnings = List.copyOf(warnings);
    if (validation.isInvalid() && validation.getError().isEmpty()) {
      throw new IllegalArgumentException("an invalid outcome needs at least one error");
    }
  }

  public static <T> Checked<T> valid(T value) {
    return new Checked<>(Validation.valid(value), List.of());
  }

  public static <T> Checked<T> invalid(Seq<ConfigError> errors) {
    return new Checked<>(Validation.invalid(errors), List.of());
  }

  /** A step without warnings. */
  public static <T> Checked<T> of(Validation<Seq<ConfigError>, T> validation) {
    return new Checked<>(validation, List.of());
  }

  /** A step that finds at most one problem. */
  public static <T> Checked<T> ofSingle(Validation<ConfigError, T> validation) {
    return of(validation.mapError(Vector::of));
  }

  /** {@code value}, unless {@code errors} holds a problem. */
  public static <T> Checked<T> unless(List<ConfigError> errors, T value) {
    return errors.isEmpty() ? valid(value) : invalid(Vector.ofAll(errors));
  }

  /** This outcome with {@code more} warnings after its own. */
  public Checked<T> warn(List<Warning> more) {
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Checked<>(validation, all);
  }

  public boolean isValid() {
    return validation.isValid();
  }

  /** The value; throws when invalid (check {@link #isValid()} first). */
  public T get() {
    return validation.get();
  }

  /** The problems; empty when valid. */
  public Seq<ConfigError> errors() {
    return validation.isValid() ? Vector.empty() : validation.getError();
  }

  public <U> Checked<U> map(Function<? super T, ? extends U> f) {
    return new Checked<>(validation.map(f), warnings);
  }

  /** The next, dependent step: runs only on a valid value; the warnings of both are kept. */
  public <U> Checked<U> flatMap(Function<? super T, Checked<U>> next) {
    if (validation.isInvalid()) {
      return new Checked<>(Validation.invalid(validation.getError()), warnings);
    }
    Checked<U> after = next.apply(validation.get());
    return new Checked<>(after.validation(), warnings).warn(after.warnings());
  }

  /** An independent step: both run; the problems and warnings of this one come first. */
  public <U, R> Checked<R> combine(Checked<U> other, BiFunction<T, U, R> f) {
    return join(List.of(this, other), () -> f.apply(get(), other.get()));
  }

  public static <A, B, C, R> Checked<R> combine(
      Checked<A> a, Checked<B> b, Checked<C> c, Function3<A, B, C, R> f) {
    return join(List.of(a, b, c), () -> f.apply(a.get(), b.get(), c.get()));
  }

  public static <A, B, C, D, R> Checked<R> combine(
      Checked<A> a, Checked<B> b, Checked<C> c, Checked<D> d, Function4<A, B, C, D, R> f) {
    return join(List.of(a, b, c, d), () -> f.apply(a.get(), b.get(), c.get(), d.get()));
  }

  public static <A, B, C, D, E, R> Checked<R> combine(
      Checked<A> a,
      Checked<B> b,
      Checked<C> c,
      Checked<D> d,
      Checked<E> e,
      Function5<A, B, C, D, E, R> f) {
    return join(List.of(a, b, c, d, e), () -> f.apply(a.get(), b.get(), c.get(), d.get(), e.get()));
  }

  private static <R> Checked<R> join(List<Checked<?>> steps, java.util.function.Supplier<R> value) {
    Seq<ConfigError> errors = Vector.empty();
    List<Warning> warnings = new ArrayList<>();
    for (Checked<?> step : steps) {
      errors = errors.appendAll(step.errors());
      warnings.addAll(step.warnings());
    }
    return errors.isEmpty()
        ? new Checked<>(Validation.valid(value.get()), warnings)
        : new Checked<>(Validation.invalid(errors), warnings);
  }
}
