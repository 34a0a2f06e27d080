package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.model.ModelFacts;
import java.util.ArrayList;
import java.util.List;

/** Rule: what makes a resolved draft model unable to serve the main model (its vocabulary). */
public final class DraftMismatches {

  private DraftMismatches() {}

  /** Warnings about a resolved draft that cannot serve the main model. */
  public static List<Warning> of(ResolvedModelConfig main, ResolvedModelConfig draft) {
    List<Warning> warnings = new ArrayList<>();
    var mainVocab = main.model().flatMap(ModelFacts::vocabSize);
    var draftVocab = draft.model().flatMap(ModelFacts::vocabSize);
    if (mainVocab.isDefined() && draftVocab.isDefined() && !mainVocab.equals(draftVocab)) {
      warnings.add(
          new Warning(
              WarningCode.DRAFT_MISMATCH,
              "The draft model's vocabulary ("
                  + draftVocab.get()
                  + " tokens) differs from the main model's ("
                  + mainVocab.get()
                  + "): speculative decoding needs the same tokenizer."));
    }
    return warnings;
  }
}
