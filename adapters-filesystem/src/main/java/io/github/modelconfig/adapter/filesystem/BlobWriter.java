package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.ContentDigest;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * Driven adapter: writes one blob as {@code huggingface_hub} does: through {@code
 * <etag>.incomplete} (resumed from its length), checked against the etag when asked, then renamed
 * atomically, so a reader never sees a partial blob; and links it into a snapshot.
 */
final class BlobWriter {

  /** Bytes per range read while downloading. */
  static final int CHUNK = 8 * 1024 * 1024;

  private BlobWriter() {}

  /**
   * Fetches the blob: the bytes this run read, or the source's failure (the partial file stays for
   * the next run to resume), or a digest that differs from the etag (the partial file is removed).
   */
  static Either<RepositoryFailure, Long> download(
      CacheEntry entry,
      ByteSource source,
      Path blob,
      boolean fresh,
      boolean verify,
      LongConsumer progress)
      throws IOException {
    Path incomplete = blob.resolveSibling(entry.etag() + ".incomplete");
    if (fresh) {
      Files.deleteIfExists(incomplete);
    }
    long downloaded = 0;
    try (FileChannel out =
        FileChannel.open(incomplete, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      long offset = Math.min(out.size(), entry.size());
      out.truncate(offset);
      progress.accept(offset);
      while (offset < entry.size()) {
        int length = (int) Math.min(CHUNK, entry.size() - offset);
        Either<RepositoryFailure, byte[]> bytes = source.read(offset, length);
        if (bytes.isLeft()) {
          return Either.left(bytes.getLeft());
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes.get());
        while (buffer.hasRemaining()) {
          out.write(buffer, offset + buffer.position());
        }
        offset += length;
        downloaded += length;
        progress.accept(length);
      }
      out.force(true);
    }
    if (verify) {
      String actual = BlobDigest.of(incomplete, entry.etag());
      if (!actual.equals(entry.etag())) {
        Files.deleteIfExists(incomplete);
        return Either.left(
            new RepositoryFailure.Corrupt(
                entry.path(),
                "'"
                    + entry.path()
                    + "' as fetched has "
                    + ContentDigest.kind(entry.etag())
                    + " "
                    + actual
                    + ", the Hub lists "
                    + entry.etag()
                    + "; nothing was kept.",
                "Run the download again; if it persists, the server or a proxy alters the file."));
      }
    }
    Files.move(
        incomplete, blob, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Either.right(downloaded);
  }

  /** A relative symlink from the snapshot to the blob, or a copy where symlinks are refused. */
  static void link(Path pointer, Path blob) throws IOException {
    Files.createDirectories(pointer.getParent());
    Path target = pointer.getParent().relativize(blob);
    if (Files.isSymbolicLink(pointer) && Files.readSymbolicLink(pointer).equals(target)) {
      return;
    }
    Files.deleteIfExists(pointer);
    try {
      Files.createSymbolicLink(pointer, target);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(blob, pointer, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
