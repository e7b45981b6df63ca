package vn.luanchuyen.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last signed head of each trail, kept outside the database ({@code
 * luanchuyen.audit.anchor-dir}, one file per trail): a trail in the database that no longer holds
 * the anchored entry, or ends before it, was rewritten, truncated or rolled back. The file moves
 * forward after every commit that appended; only a restore may move it back (and audits that).
 */
@Component
class TrailAnchor {
  private static final Logger log = LoggerFactory.getLogger(TrailAnchor.class);

  /** A signed head as anchored. */
  record Anchored(String trailId, long seq, String entryHash, AuditKey.Signature signature) {}

  private final Path dir;

  TrailAnchor(@Value("${luanchuyen.audit.anchor-dir}") Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  /** The anchor of a trail, if one was written. */
  Optional<Anchored> of(String trailId) {
    Path file = file(trailId);
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      if (parts.length != 4 || !parts[0].equals(trailId)) {
        return Optional.of(new Anchored(trailId, Long.MAX_VALUE, "", null));
      }
      return Optional.of(
          new Anchored(
              parts[0],
              Long.parseLong(parts[1]),
              parts[2],
              AuditKey.Signature.parse(parts[3]).orElse(null)));
    } catch (IOException | NumberFormatException e) {
      return Optional.of(new Anchored(trailId, Long.MAX_VALUE, "", null));
    }
  }

  /** Moves the anchor forward to this head; an older head (a commit that came late) is ignored. */
  void advance(Anchored head) {
    write(head, false);
  }

  /** Sets the anchor to this head even if it is older: only after a restore, which is audited. */
  void replace(Anchored head) {
    write(head, true);
  }

  private synchronized void write(Anchored head, boolean backwards) {
    try {
      createDir();
      try (FileChannel lockFile =
              FileChannel.open(
                  dir.resolve(head.trailId() + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = lockFile.lock()) {
        Optional<Anchored> now = of(head.trailId());
        if (!backwards && now.isPresent() && now.get().seq() >= head.seq()) {
          return;
        }
        Path file = file(head.trailId());
        Path next = dir.resolve(head.trailId() + ".next");
        Files.writeString(
            next,
            head.trailId()
                + " "
                + head.seq()
                + " "
                + head.entryHash()
                + " "
                + head.signature()
                + "\n",
            StandardCharsets.US_ASCII);
        try {
          Files.move(
              next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      // the change is committed; verification will report the missing or stale anchor
      log.error("Cannot write the audit anchor in {}: {}", dir, e.toString());
    }
  }

  private void createDir() throws IOException {
    if (Files.exists(dir)) {
      return;
    }
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  private Path file(String trailId) {
    if (!trailId.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not a trail id: " + trailId);
    }
    return dir.resolve(trailId + ".anchor");
  }
}
