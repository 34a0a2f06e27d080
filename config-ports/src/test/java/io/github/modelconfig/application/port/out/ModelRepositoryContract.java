package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.weights.RepoFile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link ModelRepository} promises (local folders, the HF cache, the Hub,
 * the in-memory fake). A subclass publishes {@link ContractFiles#files()} where its repository
 * finds them.
 */
public abstract class ModelRepositoryContract {

  private ModelReference present;

  /** Makes {@code files} findable and returns the reference that finds them. */
  protected abstract ModelReference publish(Map<String, byte[]> files) throws Exception;

  protected abstract ModelRepository repository();

  /** A reference this repository does not serve (it must answer none, not fail). */
  protected abstract ModelReference foreign();

  @BeforeEach
  void publishFiles() throws Exception {
    present = publish(ContractFiles.files());
  }

  private RepoListing listing() {
    return repository().find(present).get().get().list();
  }

  @Test
  void givenPublishedModel_find_listsItUnderAName() {
    RepoListing listing = listing();

    assertThat(listing.repoId()).as(listing.toString()).isNotBlank();
    assertThat(listing.files())
        .extracting(RepoFile::path)
        .containsExactlyInAnyOrder(ContractFiles.CONFIG, ContractFiles.WEIGHTS);
  }

  @Test
  void givenPublishedModel_find_givesEtagsOnlyOfListedFilesAsTheCacheNamesBlobs() {
    RepoListing listing = listing();

    assertThat(listing.etags().keySet())
        .as(listing.toString())
        .allMatch(listing::has)
        .allMatch(path -> listing.etag(path).get().matches("[0-9a-f]{40}|[0-9a-f]{64}"));
  }

  @Test
  void givenUnchangedFiles_findTwice_sameFingerprint() {
    assertThat(listing().fingerprint()).isEqualTo(listing().fingerprint());
  }

  @Test
  void givenForeignReference_find_answersNoneSoTheNextRepositoryIsAsked() {
    assertThat(repository().find(foreign()).get()).isEmpty();
  }
}
