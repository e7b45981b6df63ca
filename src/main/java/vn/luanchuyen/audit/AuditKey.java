package vn.luanchuyen.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that signs the audit trail's head, its checkpoints and the backups: HMAC-SHA256 keys
 * kept in a file outside the database and outside the data directory ({@code
 * luanchuyen.audit.key-file}), so that someone who can write the database cannot sign what they
 * wrote.
 *
 * <p>The file holds one key a line, {@code <id> <base64>}; the last line signs, every line still
 * verifies what it signed. It is created on first use, readable and writable by its owner only
 * (0600, in a 0700 directory). Rotating adds a line ({@link #rotate}).
 */
@Component
public class AuditKey {
  private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
  private static final String ALGORITHM = "HmacSHA256";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path file;
  private final SecureRandom random = new SecureRandom();
  private volatile Map<String, byte[]> keys;

  AuditKey(@Value("${luanchuyen.audit.key-file}") Path file) {
    this.file = file.toAbsolutePath();
  }

  /** A signature: which key made it, and the HMAC in hex. */
  public record Signature(String keyId, String mac) {
    /** As written in a backup or a printed checkpoint: {@code <keyId>:<mac>}. */
    @Override
    public String toString() {
      return keyId + ":" + mac;
    }

    /** Reads {@code <keyId>:<mac>}; empty if it is not one. */
    public static Optional<Signature> parse(String text) {
      if (text == null || text.indexOf(':') < 1) {
        return Optional.empty();
      }
      int colon = text.indexOf(':');
      return Optional.of(new Signature(text.substring(0, colon), text.substring(colon + 1)));
    }
  }

  /** Builds a signature over a sequence of parts, each framed so that no two sequences collide. */
  public final class Signer {
    private final String keyId;
    private final Mac mac;

    private Signer(String keyId, byte[] key) {
      this.keyId = keyId;
      try {
        mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(key, ALGORITHM));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
      }
    }

    /** Adds a part; null is a part of its own, distinct from any text. */
    public Signer add(String part) {
      if (part == null) {
        mac.update((byte) 0);
      } else {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update((byte) 1);
        mac.update(
            new byte[] {
              (byte) (bytes.length >>> 24),
              (byte) (bytes.length >>> 16),
              (byte) (bytes.length >>> 8),
              (byte) bytes.length
            });
        mac.update(bytes);
      }
      return this;
    }

    public String keyId() {
      return keyId;
    }

    public Signature sign() {
      return new Signature(keyId, HexFormat.of().formatHex(mac.doFinal()));
    }
  }

  /** A signer with the current key, creating the key file on first use. */
  public Signer signer() {
    Map<String, byte[]> all = keys();
    String current = all.keySet().stream().reduce((a, b) -> b).orElseThrow();
    return new Signer(current, all.get(current));
  }

  /** A signer with a given key of the file, to check what it signed; empty if the file lacks it. */
  public Optional<Signer> signer(String keyId) {
    byte[] key = keyId == null ? null : keys().get(keyId);
    return key == null ? Optional.empty() : Optional.of(new Signer(keyId, key));
  }

  /** Whether two signatures are the same (compared in constant time). */
  public static boolean same(Signature a, Signature b) {
    return a != null
        && b != null
        && a.keyId().equals(b.keyId())
        && MessageDigest.isEqual(
            a.mac().getBytes(StandardCharsets.US_ASCII),
            b.mac().getBytes(StandardCharsets.US_ASCII));
  }

  /** Whether the parts carry this signature, made by any key of the file. */
  public boolean verifies(Signature signature, String... parts) {
    byte[] key = signature == null ? null : keys().get(signature.keyId());
    if (key == null) {
      return false;
    }
    Signer signer = new Signer(signature.keyId(), key);
    for (String part : parts) {
      signer.add(part);
    }
    return MessageDigest.isEqual(
        signer.sign().mac().getBytes(StandardCharsets.US_ASCII),
        signature.mac().getBytes(StandardCharsets.US_ASCII));
  }

  /** Whether the key file knows this key. */
  public boolean knows(String keyId) {
    return keys().containsKey(keyId);
  }

  /** Where the keys are kept. */
  public Path file() {
    return file;
  }

  /**
   * Adds a new key, which signs from now on; the older ones still verify.
   *
   * @return the new key's id
   */
  public synchronized String rotate() {
    keys();
    String line = newKeyLine();
    try {
      Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add a key to " + file, e);
    }
    keys = null;
    return line.substring(0, line.indexOf(' '));
  }

  private Map<String, byte[]> keys() {
    Map<String, byte[]> loaded = keys;
    if (loaded == null) {
      synchronized (this) {
        if (keys == null) {
          keys = load();
        }
        loaded = keys;
      }
    }
    return loaded;
  }

  private Map<String, byte[]> load() {
    try {
      if (!Files.exists(file)) {
        create();
      }
      warnIfOthersCanRead();
      Map<String, byte[]> loaded = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2 && !parts[0].startsWith("#")) {
          loaded.put(parts[0], Base64.getDecoder().decode(parts[1]));
        }
      }
      if (loaded.isEmpty()) {
        throw new IllegalStateException("the audit key file " + file + " holds no key");
      }
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit key file " + file, e);
    }
  }

  private void create() throws IOException {
    Path dir = file.getParent();
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.exists(dir)) {
      if (posix) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    }
    try {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Files.writeString(file, newKeyLine(), StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
    log.warn(
        "Created the audit key {} (readable by this account only). Keep a copy apart from the"
            + " database and its backups: without it the audit trail and backups cannot be"
            + " verified.",
        file);
  }

  private void warnIfOthersCanRead() throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
      if (!OWNER_ONLY.containsAll(granted)) {
        log.warn("The audit key {} is readable by others ({}); make it 0600", file, granted);
      }
    }
  }

  private String newKeyLine() {
    byte[] key = new byte[32];
    random.nextBytes(key);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      String id = "k" + HexFormat.of().formatHex(digest, 0, 4);
      return id + " " + Base64.getEncoder().encodeToString(key) + "\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
