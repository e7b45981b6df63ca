package vn.luanchuyen.security;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer explores hostile uploads, guided by coverage. In a plain build it replays its inputs
 * (regression mode); the build's {@code fuzz} execution sets {@code JAZZER_FUZZ=1} and fuzzes for
 * the bounded time below.
 */
@Tag("fuzz")
class ImporterFuzzTests {
  private static ImportHarness harness;
  private static WorkbookMutator mutator;

  @BeforeAll
  static void start() {
    harness = new ImportHarness();
    mutator = new WorkbookMutator(harness.validWorkbook);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @FuzzTest(maxDuration = "25s")
  void anyUploadIsImportedWholeOrRefusedWithNothingWritten(FuzzedDataProvider data) {
    harness.check(
        mutator.mutate(
            new WorkbookMutator.Choices() {
              @Override
              public int pick(int min, int max) {
                return data.consumeInt(min, max);
              }

              @Override
              public String text(int maxLength) {
                return data.consumeString(maxLength);
              }

              @Override
              public byte[] bytes(int maxLength) {
                return data.consumeBytes(maxLength);
              }
            }));
  }
}
