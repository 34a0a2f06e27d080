package io.github.modelconfig.application.port.out;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Driven-port value: what the shared cache holds, like {@code huggingface-cli scan-cache}: repos
 * with distinct-blob sizes, their revisions and refs, and warnings for corrupt entries.
 */
public record CacheReport(String root, List<Repo> repos, List<String> warnings) {

  public CacheReport {
    repos = List.copyOf(repos);
    warnings = List.copyOf(warnings);
  }

  public long sizeOnDisk() {
    return repos.stream().mapToLong(Repo::sizeOnDisk).sum();
  }

  /** A cached repo; {@code files} counts distinct blobs, as the reference scanner does. */
  public record Repo(
      String repoId,
      String type,
      String path,
      long sizeOnDisk,
      int files,
      List<Revision> revisions,
      Map<String, String> refs) {

    public Repo {
      revisions = List.copyOf(revisions);
      refs = Collections.unmodifiableMap(new TreeMap<>(refs));
    }
  }

  /** A snapshot folder, with the refs that point at it. */
  public record Revision(String commit, Set<String> refs, int files, long sizeOnDisk) {

    public Revision {
      refs = Collections.unmodifiableSet(new TreeSet<>(refs));
    }
  }
}
