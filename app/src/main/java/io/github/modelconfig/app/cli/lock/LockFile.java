package io.github.modelconfig.app.cli.lock;

import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.domain.repo.RuntimeFiles;
import io.github.modelconfig.domain.weights.RepoFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lock value: what a resolution depended on, as the lockfile's JSON (schema {@code lock}): the
 * model and revision asked for, the commit it was at, every file read or needed to serve it (the
 * weight files served and what a runtime needs beside them, the files {@code download} fetches:
 * {@link RuntimeFiles}) with size, ETag and sha256 when known, and the resolved config.
 */
public final class LockFile {

  private LockFile() {}

  /**
   * The lock of {@code resolved} ({@code resolve --json}'s object without {@code $schema}) found in
   * {@code listing}.
   */
  public static Map<String, Object> of(Map<String, Object> resolved, RepoListing listing) {
    @SuppressWarnings("unchecked")
    List<String> served = (List<String>) resolved.get("weight_path");
    Map<String, Object> lock = new LinkedHashMap<>();
    lock.put("model", resolved.get("model_path"));
    lock.put("revision", resolved.get("huggingface_model_revision"));
    lock.put("commit", listing.commit().getOrNull());
    Set<String> needed = new TreeSet<>(RuntimeFiles.of(listing.files()));
    needed.addAll(RuntimeFiles.weights(listing.files(), served));
    lock.put(
        "files",
        listing.files().stream()
            .filter(f -> needed.contains(f.path()))
            .map(f -> file(f, listing.etags().get(f.path()), served.contains(f.path())))
            .toList());
    lock.put("resolved", resolved);
    return lock;
  }

  private static Map<String, Object> file(RepoFile f, String etag, boolean weights) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("path", f.path());
    j.put("role", weights ? "weights" : "config");
    j.put("size", f.size().getOrNull());
    j.put("etag", etag);
    j.put("sha256", etag != null && etag.matches("[0-9a-f]{64}") ? etag : null);
    return j;
  }
}
