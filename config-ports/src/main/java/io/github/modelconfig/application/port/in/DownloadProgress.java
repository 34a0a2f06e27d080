package io.github.modelconfig.application.port.in;

/** Use-case callback: download progress, called from several threads. */
public interface DownloadProgress {

  /** The plan: how many files and bytes will be checked or fetched. */
  void planned(int files, long bytes);

  /** Bytes that are now in the cache (fetched or resumed). */
  void advanced(long bytes);

  static DownloadProgress silent() {
    return new DownloadProgress() {
      @Override
      public void planned(int files, long bytes) {}

      @Override
      public void advanced(long bytes) {}
    };
  }
}
