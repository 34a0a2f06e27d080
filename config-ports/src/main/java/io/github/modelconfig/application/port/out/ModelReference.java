package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Driven-port value: what the user named (a repo id, a folder or a file, as typed) and at which
 * revision. Repositories of Hub repos read {@link #repoId()}; local ones read the text.
 */
public record ModelReference(String id, Revision revision) {

  public ModelReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(revision, "revision");
  }

  /** A reference to a Hub repo. */
  public ModelReference(RepoId id, Revision revision) {
    this(id.toString(), revision);
  }

  /** The repo id the text names, none when it is spelled otherwise (a path such as {@code ./m}). */
  public Option<RepoId> repoId() {
    return RepoId.parse(id);
  }
}
