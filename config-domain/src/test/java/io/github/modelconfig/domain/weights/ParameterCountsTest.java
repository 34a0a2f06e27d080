package io.github.modelconfig.domain.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterCountsTest {

  @Test
  void givenCountsInAnyOrder_create_ordersThemByDtypeAndDropsEmptyDtypes() {
    Map<String, Long> given = new LinkedHashMap<>();
    given.put("F32", 24L);
    given.put("I64", 0L);
    given.put("BF16", 1000L);

    ParameterCounts counts = new ParameterCounts(given);

    assertThat(counts.byDtype()).containsExactly(Map.entry("BF16", 1000L), Map.entry("F32", 24L));
    assertThat(counts.total()).isEqualTo(1024);
  }

  @Test
  void givenANegativeCount_create_namesTheDtype() {
    assertThatThrownBy(() -> new ParameterCounts(Map.of("F16", -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("F16=-1");
  }
}
