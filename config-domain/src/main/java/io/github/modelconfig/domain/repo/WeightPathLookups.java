package io.github.modelconfig.domain.repo;

import java.util.List;

/**
 * Value: what classifying a weight path still needs to know about the world: which paths to test as
 * local weight files, and which repos ({@code org/name}) to list. Empty when nothing is missing.
 */
public record WeightPathLookups(List<String> localFiles, List<RepoId> repos) {

  public static final WeightPathLookups NONE = new WeightPathLookups(List.of(), List.of());

  public WeightPathLookups {
    localFiles = List.copyOf(localFiles);
    repos = List.copyOf(repos);
  }

  public boolean isEmpty() {
    return localFiles.isEmpty() && repos.isEmpty();
  }
}
