package io.github.modelconfig.app.cli.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.modelconfig.app.conformance.Difference;
import io.github.modelconfig.app.conformance.JsonSubset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lock rule: the drift of a resolution from its lockfile, each difference named: another model or
 * revision, a new commit, a file changed (size, or ETag when both know it), missing or added, and
 * every resolved value that differs (by JSON Pointer). The locked commit given as the revision is
 * the locked revision (what a pinned or offline deployment asks for). The memory plan is left out:
 * it depends on the devices' free memory at the time.
 */
public final class LockDrift {

  private LockDrift() {}

  public static List<Drift> between(JsonNode locked, JsonNode now) {
    List<Drift> drifts = new ArrayList<>();
    for (String key : List.of("model", "revision")) {
      boolean pinned = key.equals("revision") && same(locked.path("commit"), now.path(key));
      if (!same(locked.path(key), now.path(key)) && !pinned) {
        drifts.add(
            new Drift(
                "lock_model_changed",
                key.equals("model") ? "model_path" : "huggingface_model_revision",
                "locked " + locked.path(key) + ", now " + now.path(key) + "."));
      }
    }
    if (!same(locked.path("commit"), now.path("commit"))) {
      drifts.add(
          new Drift(
              "lock_commit_changed",
              "commit",
              "locked at commit "
                  + locked.path("commit")
                  + ", the revision is now at "
                  + now.path("commit")
                  + "."));
    }
    files(locked, now, drifts);
    ObjectNode lockedResolution = locked.path("resolved").deepCopy();
    lockedResolution.remove(
        List.of("memory", "huggingface_model_revision", "huggingface_weight_revision"));
    for (Difference d :
        JsonSubset.compare(lockedResolution, now.path("resolved"), JsonSubset.EXACT)) {
      drifts.add(
          new Drift(
              "lock_resolution_changed",
              "resolved" + d.pointer(),
              "locked " + d.expected() + ", now " + d.actual() + "."));
    }
    return drifts;
  }

  private static void files(JsonNode locked, JsonNode now, List<Drift> drifts) {
    Map<String, JsonNode> before = byPath(locked);
    Map<String, JsonNode> after = byPath(now);
    before.forEach(
        (path, file) -> {
          JsonNode current = after.get(path);
          if (current == null) {
            drifts.add(new Drift("lock_file_missing", path, "locked, no longer in the repo."));
          } else if (!same(file.path("size"), current.path("size"))
              || !sameWhenKnown(file.path("etag"), current.path("etag"))) {
            drifts.add(
                new Drift(
                    "lock_file_changed",
                    path,
                    "size "
                        + file.path("size")
                        + " -> "
                        + current.path("size")
                        + ", etag "
                        + file.path("etag")
                        + " -> "
                        + current.path("etag")
                        + "."));
          }
        });
    after.keySet().stream()
        .filter(p -> !before.containsKey(p))
        .forEach(p -> drifts.add(new Drift("lock_file_added", p, "not in the lockfile.")));
  }

  /** Equal as JSON text: 435 read from a file (an int node) equals 435 built in memory (a long). */
  private static boolean same(JsonNode a, JsonNode b) {
    return a.toString().equals(b.toString());
  }

  /** ETags compare only when both sides know one (the HF cache and folders list none). */
  private static boolean sameWhenKnown(JsonNode a, JsonNode b) {
    return a.isNull() || b.isNull() || a.isMissingNode() || b.isMissingNode() || same(a, b);
  }

  private static Map<String, JsonNode> byPath(JsonNode lock) {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    lock.path("files").forEach(f -> files.put(f.path("path").asText(), f));
    return files;
  }
}
