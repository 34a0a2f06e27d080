package io.github.modelconfig.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CLI helper: a Hub for the start-up archive's training run only: one repo ({@link #REPO}, a model
 * folder's files) on 127.0.0.1 answering model info, resolve (LFS files by a 302 to a blob URL) and
 * range reads, one request per connection. Plain sockets, so the archive gains no server classes a
 * real run would never load.
 */
final class TrainingHub implements AutoCloseable {

  static final String REPO = "training/tiny";
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  private record File(byte[] bytes, String blobId, String sha256) {}

  private final ServerSocket socket;
  private final Map<String, File> files = new LinkedHashMap<>();

  TrainingHub(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        boolean lfs = p.toString().endsWith(".safetensors");
        byte[] git = ("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] blob = new byte[git.length + bytes.length];
        System.arraycopy(git, 0, blob, 0, git.length);
        System.arraycopy(bytes, 0, blob, git.length, bytes.length);
        files.put(
            p.getFileName().toString(),
            new File(bytes, hex("SHA-1", blob), lfs ? hex("SHA-256", bytes) : null));
      }
    }
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accept, "training-hub");
    accept.setDaemon(true);
    accept.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        serve(s);
      } catch (IOException closedOrBroken) {
        // the next connection, or the end of training
      }
    }
  }

  private void serve(Socket s) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    String[] request = String.valueOf(in.readLine()).split(" ");
    long from = -1;
    long to = -1;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("range: bytes=")) {
        String[] r = lower.substring(13).strip().split("-");
        from = Long.parseLong(r[0]);
        to = Long.parseLong(r[1]);
      }
    }
    String path = request.length > 1 ? request[1].replaceAll("\\?.*", "") : "";
    boolean head = request[0].equals("HEAD");
    String resolve = "/" + REPO + "/resolve/";
    OutputStream out = s.getOutputStream();
    if (path.startsWith("/api/models/" + REPO)) {
      reply(out, 200, "Content-Type: application/json\r\n", info(), head);
    } else if (path.startsWith(resolve) && files.containsKey(name(path, resolve))) {
      File f = files.get(name(path, resolve));
      String common = "X-Repo-Commit: " + COMMIT + "\r\nETag: \"" + f.blobId() + "\"\r\n";
      if (f.sha256() != null) {
        String linked = "X-Linked-Size: " + f.bytes().length + "\r\nX-Linked-Etag: \"";
        reply(
            out,
            302,
            common + linked + f.sha256() + "\"\r\nLocation: /blobs/" + name(path, resolve) + "\r\n",
            new byte[0],
            head);
      } else {
        reply(out, 200, common, f.bytes(), head);
      }
    } else if (path.startsWith("/blobs/") && files.containsKey(path.substring(7))) {
      byte[] all = files.get(path.substring(7)).bytes();
      if (from < 0) {
        reply(out, 200, "", all, head);
      } else {
        int end = (int) Math.min(to, all.length - 1L);
        byte[] part = java.util.Arrays.copyOfRange(all, (int) from, end + 1);
        String range = "Content-Range: bytes " + from + "-" + end + "/" + all.length + "\r\n";
        reply(out, 206, range, part, head);
      }
    } else {
      reply(out, 404, "X-Error-Code: EntryNotFound\r\n", new byte[0], head);
    }
  }

  private static String name(String path, String resolve) {
    String rest = path.substring(resolve.length());
    return rest.substring(rest.indexOf('/') + 1);
  }

  private byte[] info() {
    StringBuilder siblings = new StringBuilder();
    files.forEach(
        (name, f) ->
            siblings
                .append(siblings.length() == 0 ? "" : ",")
                .append("{\"rfilename\":\"")
                .append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\",\"blobId\":\"")
                .append(f.blobId())
                .append("\",\"size\":")
                .append(f.bytes().length)
                .append(
                    f.sha256() == null
                        ? "}"
                        : ",\"lfs\":{\"sha256\":\""
                            + f.sha256()
                            + "\",\"size\":"
                            + f.bytes().length
                            + "}}"));
    return ("{\"id\":\""
            + REPO
            + "\",\"sha\":\""
            + COMMIT
            + "\",\"pipeline_tag\":"
            + "\"text-generation\",\"siblings\":["
            + siblings
            + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void reply(OutputStream out, int status, String headers, byte[] body, boolean head)
      throws IOException {
    String start =
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n"
            + headers
            + "\r\n";
    out.write(start.getBytes(StandardCharsets.ISO_8859_1));
    if (!head) {
      out.write(body);
    }
    out.flush();
  }

  private static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
