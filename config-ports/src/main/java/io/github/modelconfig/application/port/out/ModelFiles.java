package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;

/**
 * Driven port: the files of one model repo at one revision, wherever they live: what the repo is (a
 * listing), whole small files, and random access to big ones.
 */
public interface ModelFiles {

  /** The repo as listed when it was found: its files and what is known about it. */
  RepoListing list();

  /** A whole small file (config JSON), refusing files larger than {@code maxBytes}. */
  Either<RepositoryFailure, byte[]> read(String path, long maxBytes);

  /** Random access to a (possibly huge) file, for header reads. */
  Either<RepositoryFailure, ByteSource> open(String path);
}
