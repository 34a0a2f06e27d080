package io.github.modelconfig.domain.request;

/** Value: the fields bound so far, as a {@link FieldCheck} sees them. */
public interface BoundFields {

  /** The value bound, or the field's default when it was not set or was bad. */
  <T> T get(Field<T> field);

  /** Whether the field was set (well or badly). */
  boolean given(Field<?> field);

  /** Whether the field was set with a bad value (already reported). */
  boolean failed(Field<?> field);
}
