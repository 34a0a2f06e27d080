package io.github.modelconfig.app.cli.batch;

/**
 * Batch: what a command does with one request line (read it, run its use case, render the result).
 * Called from several threads at once; a line's problems are its outcome, never thrown.
 */
@FunctionalInterface
public interface LineJob {

  LineOutcome run(BatchLine line);
}
