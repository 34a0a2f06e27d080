package io.github.modelconfig.application.port.out;

import java.util.Objects;

/** Driven-port value: what the user named (a repo id, a folder or a file) and at which revision. */
public record ModelReference(String id, String revision) {

  public ModelReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(revision, "revision");
  }
}
