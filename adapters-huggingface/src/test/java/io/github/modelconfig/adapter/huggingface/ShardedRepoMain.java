package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test fixture: writes a sharded tiny-llama repo folder. Arguments: the folder, the shard count.
 */
public final class ShardedRepoMain {

  private ShardedRepoMain() {}

  public static void main(String[] args) throws IOException {
    ShardedRepoFixture.write(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
