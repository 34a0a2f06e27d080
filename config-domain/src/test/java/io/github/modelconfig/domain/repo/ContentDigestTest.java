package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The two etag digests, checked against git and coreutils by hand: {@code printf 'hello\n' | git
 * hash-object --stdin} and {@code printf 'hello\n' | sha256sum}.
 */
class ContentDigestTest {

  private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.US_ASCII);
  private static final String GIT_BLOB_ID = "ce013625030ba8dba906f756967f9e9ca394464a";
  private static final String SHA256 =
      "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

  @Test
  void gitBlobIdHashesTheHeaderAndTheContent() {
    assertThat(ContentDigest.gitBlob(HELLO.length).update(HELLO, 0, HELLO.length).hex())
        .isEqualTo(GIT_BLOB_ID);
  }

  @Test
  void sha256IsOfTheContentAloneFedInChunks() {
    assertThat(ContentDigest.sha256().update(HELLO, 0, 2).update(HELLO, 2, 4).hex())
        .isEqualTo(SHA256);
  }

  @Test
  void theEtagsLengthPicksTheKind() {
    assertThat(ContentDigest.of(SHA256, HELLO.length).update(HELLO, 0, 6).hex()).isEqualTo(SHA256);
    assertThat(ContentDigest.of(GIT_BLOB_ID, HELLO.length).update(HELLO, 0, 6).hex())
        .isEqualTo(GIT_BLOB_ID);
    assertThat(ContentDigest.kind(SHA256)).isEqualTo("sha256");
    assertThat(ContentDigest.kind(GIT_BLOB_ID)).isEqualTo("git blob id");
  }
}
