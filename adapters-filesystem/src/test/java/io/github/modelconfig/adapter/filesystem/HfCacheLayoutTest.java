package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder names as huggingface_hub's {@code repo_folder_name} writes them (checked by hand). */
class HfCacheLayoutTest {

  @TempDir Path cache;

  @Test
  void givenRepoIds_folderName_joinsTheirPartsWithTwoDashes() {
    assertThat(HfCacheLayout.folderName(RepoId.of("google-bert/bert-base-uncased")))
        .isEqualTo("models--google-bert--bert-base-uncased");
    assertThat(HfCacheLayout.folderName(RepoId.of("gpt2"))).isEqualTo("models--gpt2");
  }

  @Test
  void givenFolderNames_repoId_readsBackOnlyModelRepoIds() {
    assertThat(HfCacheLayout.repoId("models--google-bert--bert-base-uncased"))
        .contains(RepoId.of("google-bert/bert-base-uncased"));
    assertThat(HfCacheLayout.repoId("models--gpt2")).contains(RepoId.of("gpt2"));
    assertThat(HfCacheLayout.repoId("models--a--b--c")).isEmpty();
    assertThat(HfCacheLayout.repoId("datasets--org--name")).isEmpty();
    assertThat(HfCacheLayout.repoId("models----x")).isEmpty();
  }

  @Test
  void givenRefs_commit_readsOnlyCommitsTheyHold() throws IOException {
    HfCacheLayout layout = new HfCacheLayout(cache);
    RepoId id = RepoId.of("org/m");
    String sha = "0123456789abcdef0123456789abcdef01234567";
    Files.createDirectories(layout.repo(id).resolve("refs/refs/pr"));
    Files.writeString(layout.repo(id).resolve("refs/main"), sha + "\n");
    Files.writeString(layout.repo(id).resolve("refs/refs/pr/1"), sha);
    Files.writeString(layout.repo(id).resolve("refs/v1"), "not a commit");

    assertThat(layout.commit(id, Revision.MAIN)).contains(sha);
    assertThat(layout.commit(id, new Revision("refs/pr/1"))).contains(sha);
    assertThat(layout.commit(id, new Revision("v1"))).isEmpty();
    assertThat(layout.commit(id, new Revision(sha))).contains(sha);
  }
}
