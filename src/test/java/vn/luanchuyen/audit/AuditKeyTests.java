package vn.luanchuyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTests {
  @TempDir Path dir;

  @Test
  void theKeyFileIsCreatedOnFirstUseReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("khoa").resolve("audit.key");
    AuditKey key = new AuditKey(file);

    key.signer().add("x").sign();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void aSignatureVerifiesOnlyTheSamePartsInTheSameOrder() {
    AuditKey key = new AuditKey(dir.resolve("audit.key"));
    AuditKey.Signature signature = key.signer().add("ab").add("c").sign();

    assertThat(key.verifies(signature, "ab", "c")).isTrue();
    assertThat(key.verifies(signature, "a", "bc")).isFalse();
    assertThat(key.verifies(signature, "c", "ab")).isFalse();
  }

  @Test
  void anotherKeyCannotMakeTheSameSignature() {
    AuditKey mine = new AuditKey(dir.resolve("mine.key"));
    AuditKey theirs = new AuditKey(dir.resolve("theirs.key"));

    AuditKey.Signature forged = theirs.signer().add("head").sign();

    assertThat(mine.verifies(forged, "head")).isFalse();
  }

  @Test
  void afterARotationTheNewKeySignsAndTheOldStillVerifies() {
    AuditKey key = new AuditKey(dir.resolve("audit.key"));
    AuditKey.Signature old = key.signer().add("head").sign();

    String rotated = key.rotate();

    assertThat(key.signer().add("head").sign().keyId())
        .isEqualTo(rotated)
        .isNotEqualTo(old.keyId());
    assertThat(new AuditKey(dir.resolve("audit.key")).verifies(old, "head")).isTrue();
  }
}
