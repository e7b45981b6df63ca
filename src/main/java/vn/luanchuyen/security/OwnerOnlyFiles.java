package vn.luanchuyen.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold personal data or secrets (the H2 database, backups, the first administrator's
 * password) are readable and writable by their owner only: mode 0600 where the file system has
 * POSIX permissions.
 */
public final class OwnerOnlyFiles {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** A new, empty file (replacing any old one) that was never readable by anyone else. */
  public static OutputStream create(Path file) throws IOException {
    Files.deleteIfExists(file);
    if (posix(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }
    return Files.newOutputStream(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Takes every permission but the owner's from an existing file; nothing if it is absent. */
  public static void restrict(Path file) throws IOException {
    if (Files.exists(file) && posix(file)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return dir != null && dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
