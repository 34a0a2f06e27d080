package io.github.modelconfig.adapter.huggingface;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: a Hugging Face Hub on 127.0.0.1 speaking the Hub's protocol (model info, paged
 * tree, resolve HEAD/GET with relative 307 and cross-host 302 to a CDN that rejects {@code
 * Authorization}, Range, error codes), plus injectable faults (429, 5xx, slow, truncated).
 */
public final class FakeHub implements AutoCloseable {

  /** A fault served instead of the next request whose path starts with {@code pathPrefix}. */
  public record Fault(String pathPrefix, int status, Map<String, String> headers, long delayMs) {}

  private static final Pattern INFO = Pattern.compile("/api/models/(.+?)(?:/revision/([^/]+))?");
  private static final Pattern TREE = Pattern.compile("/api/models/(.+?)/tree/([^/]+)");
  private static final Pattern RESOLVE = Pattern.compile("/(.+?)/resolve/([^/]+)/(.+)");
  private static final Pattern RAW = Pattern.compile("/(.+?)/raw/([^/]+)/(.+)");
  private static final Pattern CACHE =
      Pattern.compile("/api/resolve-cache/models/(.+?)/([0-9a-f]{40})/(.+)");

  private final HttpServer hub;
  private final HttpServer cdn;
  private final Map<String, FakeHubRepo> repos = new ConcurrentHashMap<>();
  private final Map<String, String> renamed = new ConcurrentHashMap<>();
  private final Set<String> gated = ConcurrentHashMap.newKeySet();
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> parameterCounts = new ConcurrentHashMap<>();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> takeovers = new ConcurrentHashMap<>();
  private volatile String token = "hf_test_token";
  private volatile int pageSize = 1000;
  private volatile long latencyMs;
  private volatile boolean blobsInInfo = true;
  private volatile boolean safetensorsInInfo = true;

  public FakeHub() throws IOException {
    this(0);
  }

  /** A fake Hub whose sockets queue up to {@code backlog} connections (0: the system's default). */
  public FakeHub(int backlog) throws IOException {
    hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
    cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
    hub.createContext("/", this::hub);
    cdn.createContext("/", this::cdn);
    hub.setExecutor(Executors.newCachedThreadPool(FakeHub::daemon));
    cdn.setExecutor(Executors.newCachedThreadPool(FakeHub::daemon));
    hub.start();
    cdn.start();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "fake-hub");
    t.setDaemon(true);
    return t;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + hub.getAddress().getPort());
  }

  public URI cdnEndpoint() {
    // another host name than the Hub's, as a real CDN has (clients compare host names)
    return URI.create("http://localhost:" + cdn.getAddress().getPort());
  }

  public FakeHubRepo add(String id, Path folder) {
    FakeHubRepo repo = new FakeHubRepo(id, folder);
    repos.put(id, repo);
    return repo;
  }

  /** Serves {@code id} from {@code folder} at {@code commit}, as after a push upstream. */
  public FakeHubRepo push(String id, Path folder, String commit) {
    FakeHubRepo repo = new FakeHubRepo(id, folder, commit);
    repos.put(id, repo);
    return repo;
  }

  public FakeHub rename(String oldId, String newId) {
    renamed.put(oldId, newId);
    return this;
  }

  public FakeHub gate(String id) {
    gated.add(id);
    return this;
  }

  public FakeHub disable(String id) {
    disabled.add(id);
    return this;
  }

  public FakeHub pageSize(int size) {
    pageSize = size;
    return this;
  }

  public FakeHub latency(long ms) {
    latencyMs = ms;
    return this;
  }

  public FakeHub withoutBlobsInInfo() {
    blobsInInfo = false;
    return this;
  }

  /** Model info without the Hub's {@code safetensors} parameter counts (as for older repos). */
  public FakeHub withoutSafetensorsInInfo() {
    safetensorsInInfo = false;
    return this;
  }

  public FakeHub fault(Fault fault) {
    faults.add(fault);
    return this;
  }

  /**
   * Serves every request whose raw path (CDN paths prefixed {@code /cdn}) starts with {@code
   * pathPrefix} with {@code handler} instead (a hostile server's behaviour, see HostileReplies).
   */
  public FakeHub takeOver(String pathPrefix, HttpHandler handler) {
    takeovers.put(pathPrefix, handler);
    return this;
  }

  private boolean takenOver(HttpExchange ex, String path) throws IOException {
    for (Map.Entry<String, HttpHandler> t : takeovers.entrySet()) {
      if (path.startsWith(t.getKey())) {
        t.getValue().handle(ex);
        return true;
      }
    }
    return false;
  }

  public String token() {
    return token;
  }

  /** Every request served, as {@code "METHOD /path?query"} (hub) or {@code "CDN GET /…"}. */
  public List<String> requests() {
    return Collections.unmodifiableList(requests);
  }

  /** Requests that reached the CDN with an {@code Authorization} header. */
  public List<String> leaks() {
    return Collections.unmodifiableList(leaks);
  }

  public void clearRequests() {
    requests.clear();
  }

  private void hub(HttpExchange ex) throws IOException {
    try (ex) {
      String raw = ex.getRequestURI().getRawPath();
      if (raw.equals("/_stats")) {
        stats(ex);
        return;
      }
      String query = ex.getRequestURI().getRawQuery();
      requests.add(ex.getRequestMethod() + " " + raw + (query == null ? "" : "?" + query));
      pause(latencyMs);
      if (takenOver(ex, raw) || injectFault(ex, raw)) {
        return;
      }
      String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      Matcher m;
      if ((m = TREE.matcher(path)).matches()) {
        withRepo(ex, m.group(1), m.group(2), "", repo -> tree(ex, repo, query));
      } else if ((m = INFO.matcher(path)).matches()) {
        String rev = m.group(2) == null ? "main" : m.group(2);
        if (renamed.containsKey(m.group(1))) {
          String to = raw.replace(m.group(1), renamed.get(m.group(1)));
          redirect(ex, 307, to + (query == null ? "" : "?" + query), Map.of());
          return;
        }
        withRepo(ex, m.group(1), rev, "", repo -> info(ex, repo, query));
      } else if ((m = CACHE.matcher(path)).matches()) {
        String file = m.group(3);
        withRepo(ex, m.group(1), m.group(2), file, repo -> serveSmall(ex, repo, file));
      } else if ((m = RAW.matcher(path)).matches()) {
        String file = m.group(3);
        withRepo(ex, m.group(1), m.group(2), file, repo -> raw(ex, repo, file));
      } else if ((m = RESOLVE.matcher(path)).matches()) {
        String file = m.group(3);
        withRepo(ex, m.group(1), m.group(2), file, repo -> resolve(ex, repo, file));
      } else {
        error(ex, 404, Map.of(), "not found");
      }
    }
  }

  /** {@code GET /_stats}: the requests served since the last call, then forgets them. */
  private void stats(HttpExchange ex) throws IOException {
    List<String> served = new ArrayList<>(requests);
    requests.removeAll(served);
    long cdnCount = served.stream().filter(r -> r.startsWith("CDN ")).count();
    json(
        ex,
        "{\"requests\":"
            + served.size()
            + ",\"cdn\":"
            + cdnCount
            + ",\"log\":["
            + String.join(",", served.stream().map(r -> "\"" + r + "\"").toList())
            + "]}",
        Map.of());
  }

  private boolean injectFault(HttpExchange ex, String path) throws IOException {
    for (Fault f : faults) {
      if (path.startsWith(f.pathPrefix()) && faults.remove(f)) {
        pause(f.delayMs());
        if (f.status() == 0) {
          ex.getResponseHeaders().set("Content-Length", "1000");
          ex.sendResponseHeaders(200, 1000);
          ex.getResponseBody().write(new byte[10]);
          return true;
        }
        if (f.status() < 0) {
          return false;
        }
        f.headers().forEach(ex.getResponseHeaders()::set);
        error(ex, f.status(), Map.of(), "injected");
        return true;
      }
    }
    return false;
  }

  private interface RepoHandler {
    void handle(FakeHubRepo repo) throws IOException;
  }

  private void withRepo(HttpExchange ex, String id, String rev, String file, RepoHandler handler)
      throws IOException {
    FakeHubRepo repo = repos.get(id);
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    boolean anonymous = auth == null;
    if (repo == null) {
      error(
          ex,
          anonymous ? 401 : 404,
          Map.of("X-Error-Code", "RepoNotFound"),
          "Repository Not Found");
    } else if (disabled.contains(id)) {
      error(ex, 403, Map.of("X-Error-Message", "Access to this resource is disabled."), "disabled");
    } else if (!anonymous && !auth.equals("Bearer " + token) && !gated.contains(id)) {
      error(
          ex,
          401,
          Map.of("X-Error-Message", "Invalid credentials in Authorization header"),
          "bad token");
    } else if (gated.contains(id) && !("Bearer " + token).equals(auth)) {
      error(ex, anonymous ? 401 : 403, Map.of("X-Error-Code", "GatedRepo"), "gated");
    } else if (!rev.equals("main") && !rev.equals(repo.commit())) {
      error(ex, 404, Map.of("X-Error-Code", "RevisionNotFound"), "Invalid rev id: " + rev);
    } else if (!file.isEmpty() && !repo.entries().containsKey(file)) {
      error(
          ex,
          404,
          Map.of("X-Error-Code", "EntryNotFound", "X-Repo-Commit", repo.commit()),
          "Entry not found");
    } else {
      handler.handle(repo);
    }
  }

  private void info(HttpExchange ex, FakeHubRepo repo, String query) throws IOException {
    boolean blobs = blobsInInfo && query != null && query.toLowerCase().contains("blobs=true");
    StringBuilder siblings = new StringBuilder();
    for (FakeHubRepo.Entry e : repo.entries().values()) {
      siblings
          .append(siblings.length() == 0 ? "" : ",")
          .append("{\"rfilename\":\"")
          .append(e.path())
          .append('"');
      if (blobs) {
        siblings
            .append(",\"blobId\":\"")
            .append(e.blobId())
            .append("\",\"size\":")
            .append(e.size());
        if (e.isLfs()) {
          siblings
              .append(",\"lfs\":{\"sha256\":\"")
              .append(e.lfsSha256())
              .append("\",\"size\":")
              .append(e.size())
              .append(",\"pointerSize\":134}");
        }
      }
      siblings.append('}');
    }
    String body =
        "{\"_id\":\"0\",\"id\":\""
            + repo.id()
            + "\",\"modelId\":\""
            + repo.id()
            + "\",\"sha\":\""
            + repo.commit()
            + "\",\"private\":false,\"gated\":"
            + (gated.contains(repo.id()) ? "\"manual\"" : "false")
            + (safetensorsInInfo ? safetensorsField(repo) : "")
            + ",\"pipeline_tag\":\"text-generation\",\"siblings\":["
            + siblings
            + "]}";
    json(ex, body, Map.of());
  }

  /**
   * {@code ,"safetensors":{"parameters":{dtype:n},"total":n}} computed from the headers, once per
   * repo (its files do not change).
   */
  private String safetensorsField(FakeHubRepo repo) throws IOException {
    String field = parameterCounts.get(repo.id());
    if (field == null) {
      field = countParameters(repo);
      parameterCounts.put(repo.id(), field);
    }
    return field;
  }

  private String countParameters(FakeHubRepo repo) throws IOException {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    for (FakeHubRepo.Entry e : repo.entries().values()) {
      if (!e.path().endsWith(".safetensors")) {
        continue;
      }
      try (var channel = java.nio.channels.FileChannel.open(e.file())) {
        java.nio.ByteBuffer length =
            java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        channel.read(length, 0);
        long headerLength = length.getLong(0);
        if (headerLength < 2 || headerLength > e.size() - 8) {
          continue;
        }
        java.nio.ByteBuffer json = java.nio.ByteBuffer.allocate((int) headerLength);
        channel.read(json, 8);
        com.fasterxml.jackson.databind.JsonNode root;
        try {
          root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.array());
        } catch (IOException notJson) {
          continue;
        }
        root.fields()
            .forEachRemaining(
                t -> {
                  if (!t.getKey().equals("__metadata__")) {
                    long n = 1;
                    for (var d : t.getValue().path("shape")) {
                      n *= d.asLong();
                    }
                    counts.merge(t.getValue().path("dtype").asText(), n, Long::sum);
                  }
                });
      }
    }
    if (counts.isEmpty()) {
      return "";
    }
    StringBuilder parameters = new StringBuilder();
    counts.forEach(
        (dtype, n) ->
            parameters
                .append(parameters.length() == 0 ? "" : ",")
                .append('"')
                .append(dtype)
                .append("\":")
                .append(n));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return ",\"safetensors\":{\"parameters\":{" + parameters + "},\"total\":" + total + "}";
  }

  private void tree(HttpExchange ex, FakeHubRepo repo, String query) throws IOException {
    int cursor = 0;
    if (query != null) {
      for (String kv : query.split("&")) {
        if (kv.startsWith("cursor=")) {
          cursor = Integer.parseInt(kv.substring(7));
        }
      }
    }
    List<FakeHubRepo.Entry> all = new ArrayList<>(repo.entries().values());
    int end = Math.min(all.size(), cursor + pageSize);
    StringBuilder body = new StringBuilder("[");
    for (int i = cursor; i < end; i++) {
      FakeHubRepo.Entry e = all.get(i);
      body.append(i == cursor ? "" : ",")
          .append("{\"type\":\"file\",\"oid\":\"")
          .append(e.blobId())
          .append("\",\"size\":")
          .append(e.size())
          .append(",\"path\":\"")
          .append(e.path())
          .append('"');
      if (e.isLfs()) {
        body.append(",\"lfs\":{\"oid\":\"")
            .append(e.lfsSha256())
            .append("\",\"size\":")
            .append(e.size())
            .append(",\"pointerSize\":134}");
      }
      body.append('}');
    }
    body.append(']');
    Map<String, String> headers = Map.of();
    if (end < all.size()) {
      String base = endpoint() + ex.getRequestURI().getRawPath() + "?recursive=true&cursor=" + end;
      headers = Map.of("Link", "<" + base + ">; rel=\"next\"");
    }
    json(ex, body.toString(), headers);
  }

  private void resolve(HttpExchange ex, FakeHubRepo repo, String file) throws IOException {
    FakeHubRepo.Entry e = repo.entries().get(file);
    if (e.isLfs()) {
      redirect(
          ex,
          302,
          cdnEndpoint() + "/" + e.lfsSha256() + "?X-Amz-Signature=fake",
          Map.of(
              "X-Linked-Etag",
              "\"" + e.lfsSha256() + "\"",
              "X-Linked-Size",
              Long.toString(e.size()),
              "X-Repo-Commit",
              repo.commit(),
              "ETag",
              "\"" + e.blobId() + "\""));
    } else {
      redirect(
          ex,
          307,
          "/api/resolve-cache/models/"
              + repo.id()
              + "/"
              + repo.commit()
              + "/"
              + file
              + "?etag=%22"
              + e.blobId()
              + "%22",
          Map.of("X-Repo-Commit", repo.commit()));
    }
  }

  /** {@code /raw/}: the git object, so an LFS file gives its pointer text. */
  private void raw(HttpExchange ex, FakeHubRepo repo, String file) throws IOException {
    FakeHubRepo.Entry e = repo.entries().get(file);
    if (!e.isLfs()) {
      serveSmall(ex, repo, file);
      return;
    }
    String pointer =
        "version https://git-lfs.github.com/spec/v1\noid sha256:"
            + e.lfsSha256()
            + "\nsize "
            + e.size()
            + "\n";
    ex.getResponseHeaders().set("X-Repo-Commit", repo.commit());
    send(ex, 200, pointer.getBytes(StandardCharsets.UTF_8));
  }

  private void serveSmall(HttpExchange ex, FakeHubRepo repo, String file) throws IOException {
    FakeHubRepo.Entry e = repo.entries().get(file);
    ex.getResponseHeaders().set("ETag", "\"" + e.blobId() + "\"");
    ex.getResponseHeaders().set("X-Repo-Commit", repo.commit());
    content(ex, e.file());
  }

  private void cdn(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      requests.add("CDN " + ex.getRequestMethod() + " " + path);
      pause(latencyMs);
      if (ex.getRequestHeaders().containsKey("Authorization")) {
        leaks.add(path);
        error(ex, 400, Map.of(), "Only one auth mechanism allowed; pre-signed URL has its own");
        return;
      }
      if (takenOver(ex, "/cdn" + path) || injectFault(ex, "/cdn" + path)) {
        return;
      }
      String sha = path.substring(1);
      for (FakeHubRepo repo : repos.values()) {
        for (FakeHubRepo.Entry e : repo.entries().values()) {
          if (sha.equals(e.lfsSha256())) {
            ex.getResponseHeaders().set("ETag", "\"" + sha + "\"");
            content(ex, e.file());
            return;
          }
        }
      }
      error(ex, 404, Map.of(), "NoSuchKey");
    }
  }

  private static void content(HttpExchange ex, Path file) throws IOException {
    long size = Files.size(file);
    String range = ex.getRequestHeaders().getFirst("Range");
    long from = 0;
    long to = size - 1;
    int status = 200;
    if (range != null && range.startsWith("bytes=")) {
      String[] parts = range.substring(6).split("-", -1);
      from = Long.parseLong(parts[0]);
      to = parts[1].isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(parts[1]));
      if (from >= size) {
        ex.getResponseHeaders().set("Content-Range", "bytes */" + size);
        ex.sendResponseHeaders(416, -1);
        return;
      }
      status = 206;
      ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + size);
    }
    ex.getResponseHeaders().set("Accept-Ranges", "bytes");
    long length = to - from + 1;
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().set("Content-Length", Long.toString(length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, length);
    try (var channel = java.nio.channels.FileChannel.open(file);
        OutputStream out = ex.getResponseBody()) {
      channel.transferTo(from, length, java.nio.channels.Channels.newChannel(out));
    }
  }

  private static void redirect(
      HttpExchange ex, int status, String location, Map<String, String> headers)
      throws IOException {
    headers.forEach(ex.getResponseHeaders()::set);
    ex.getResponseHeaders().set("Location", location);
    byte[] body = ("Redirecting to " + location).getBytes(StandardCharsets.UTF_8);
    send(ex, status, body);
  }

  private static void json(HttpExchange ex, String body, Map<String, String> headers)
      throws IOException {
    headers.forEach(ex.getResponseHeaders()::set);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    send(ex, 200, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void error(
      HttpExchange ex, int status, Map<String, String> headers, String message) throws IOException {
    headers.forEach(ex.getResponseHeaders()::set);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    send(ex, status, ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    boolean head = ex.getRequestMethod().equals("HEAD");
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
    }
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      ex.getResponseBody().write(body);
    }
  }

  private static void pause(long ms) {
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    hub.stop(0);
    cdn.stop(0);
  }
}
