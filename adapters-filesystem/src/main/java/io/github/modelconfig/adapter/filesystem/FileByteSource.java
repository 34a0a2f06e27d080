package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Driven adapter: positional reads of a local file; never reads more than asked. */
final class FileByteSource implements ByteSource {

  private final String name;
  private final FileChannel channel;
  private final long size;

  private FileByteSource(String name, FileChannel channel, long size) {
    this.name = name;
    this.channel = channel;
    this.size = size;
  }

  static Either<RepositoryFailure, ByteSource> open(String name, Path file) {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      return Either.right(new FileByteSource(name, channel, channel.size()));
    } catch (IOException e) {
      return Either.left(LocalFolderFiles.unreadable(name, e));
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(long offset, int length) {
    Option<RepositoryFailure> outside =
        ByteSource.outside(
            name,
            size,
            offset,
            length,
            "Re-download the file; it is shorter than its header says.");
    if (outside.isDefined()) {
      return Either.left(outside.get());
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try {
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, offset + buffer.position());
        if (n < 0) {
          throw new IOException("unexpected end of file");
        }
      }
    } catch (IOException e) {
      return Either.left(LocalFolderFiles.unreadable(name, e));
    }
    return Either.right(buffer.array());
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing a read-only channel cannot lose data
    }
  }
}
