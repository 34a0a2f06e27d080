package io.github.modelconfig.adapter.huggingface.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Expected values are CPython 3.11's {@code urllib.parse.quote(text, safe="")} and {@code
 * quote(text)}, run by hand; {@code java.net.URLEncoder} differs on {@code *}, {@code ~} and space.
 */
class UrlQuoteTest {

  @Test
  void givenRevisions_quote_encodesAsHuggingfaceHubDoes() {
    assertThat(UrlQuote.quote("main")).isEqualTo("main");
    assertThat(UrlQuote.quote("refs/pr/1")).isEqualTo("refs%2Fpr%2F1");
    assertThat(UrlQuote.quote("v1.0~rc_1-x")).isEqualTo("v1.0~rc_1-x");
    assertThat(UrlQuote.quote("a+b*c")).isEqualTo("a%2Bb%2Ac");
    assertThat(UrlQuote.quote("ünï")).isEqualTo("%C3%BCn%C3%AF");
  }

  @Test
  void givenAFilePath_quotePath_keepsItsSlashes() {
    assertThat(UrlQuote.quotePath("sub dir/w+1.safetensors"))
        .isEqualTo("sub%20dir/w%2B1.safetensors");
  }

  @Test
  void givenARepoIdAndARevision_resolveUrl_isTheOneHfHubUrlBuilds() {
    HubApi api =
        new HubApi(
            new HubHttp(
                HubSettings.of(URI.create("http://127.0.0.1:9"), Option.none(), false),
                wait -> {}));

    URI url = api.resolveUrl(RepoId.of("org/m"), new Revision("refs/pr/1"), "sub dir/a*.gguf");

    assertThat(url.toString())
        .isEqualTo("http://127.0.0.1:9/org/m/resolve/refs%2Fpr%2F1/sub%20dir/a%2A.gguf");
  }
}
