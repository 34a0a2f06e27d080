package io.github.modelconfig.app.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputTest {

  @TempDir Path folder;

  private static List<BatchLine> lines(String text) {
    List<BatchLine> lines = new ArrayList<>();
    BatchInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void givenBlankAndCommentLines_lines_skipsThemButCountsThemInTheNumbers() {
    List<BatchLine> lines = lines("# catalogue\n\norg/a\r\n   \n  org/b --x 1  \n#org/c\norg/d");

    assertThat(lines)
        .containsExactly(
            new BatchLine(3, "org/a"), new BatchLine(5, "org/b --x 1"), new BatchLine(7, "org/d"));
  }

  @Test
  void givenALineLongerThanTheLimit_lines_cutsItMarksItAndGoesOn() {
    String longLine = "x".repeat(BatchInput.MAX_LINE + 10);

    List<BatchLine> lines = lines("org/a\n" + longLine + "\norg/b\n");

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).tooLong()).isTrue();
    assertThat(lines.get(1).text()).hasSize(BatchInput.MAX_LINE);
    assertThat(lines.get(2)).isEqualTo(new BatchLine(3, "org/b"));
  }

  @Test
  void givenAFile_count_countsRequestLinesOnly() throws Exception {
    Path file = folder.resolve("batch.txt");
    Files.writeString(file, "# two requests\norg/a\n\n{\"model_path\": \"org/b\"}\n");

    assertThat(BatchInput.count(file)).isEqualTo(2);
  }
}
