package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.importexport.ImportReport;

/**
 * Seeded fuzzing without Jazzer, in every build: hundreds of hostile uploads, each imported whole
 * or refused with nothing written. {@link ImporterFuzzTests} explores further with Jazzer.
 */
@Tag("fuzz")
class ImporterPropertyTests {
  private static final long SEED = 20_221_130L;
  private static final int UPLOADS = 200;
  private static final String SPECIAL = "/-=. ,:đĐạẠ\t\n<&\"";
  private static ImportHarness harness;

  @BeforeAll
  static void start() {
    harness = new ImportHarness();
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  /** Choices from a seeded random, so that a failure repeats. */
  static WorkbookMutator.Choices seeded(Random random) {
    return new WorkbookMutator.Choices() {
      @Override
      public int pick(int min, int max) {
        return min + random.nextInt(max - min + 1);
      }

      @Override
      public String text(int maxLength) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) {
          s.appendCodePoint(
              switch (random.nextInt(4)) {
                case 0 -> '0' + random.nextInt(10);
                case 1 -> 'A' + random.nextInt(26);
                case 2 -> SPECIAL.codePointAt(random.nextInt(SPECIAL.length()));
                default -> 1 + random.nextInt(0x2FFF);
              });
        }
        return s.toString();
      }

      @Override
      public byte[] bytes(int maxLength) {
        byte[] b = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(b);
        return b;
      }
    };
  }

  @Test
  void everyHostileUploadIsImportedWholeOrRefusedWithNothingWritten() {
    WorkbookMutator mutator = new WorkbookMutator(harness.validWorkbook);
    Random random = new Random(SEED);
    int refused = 0;
    for (int i = 0; i < UPLOADS; i++) {
      ImportReport report = harness.check(mutator.mutate(seeded(random)));
      if (!report.imported()) {
        refused++;
      }
    }
    assertThat(refused).as("most hostile uploads are refused").isGreaterThan(UPLOADS / 3);
  }

  @Test
  void theUnchangedWorkbookImportsCleanly() {
    assertThat(harness.check(harness.validWorkbook).imported()).isTrue();
  }

  @Test
  void textThatIsNoWorkbookIsRefused() {
    assertThat(harness.check("CanBo;CB1;Nguyễn".getBytes(StandardCharsets.UTF_8)).imported())
        .isFalse();
  }
}
