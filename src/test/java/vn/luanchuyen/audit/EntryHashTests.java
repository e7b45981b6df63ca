package vn.luanchuyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryHashTests {

  /** The hash as the trail has always defined it: the fields joined, then encoded and hashed. */
  private static String joinedAndHashed(AuditEntry e) throws Exception {
    String content =
        String.join(
            "\u001f",
            Long.toString(e.seq()),
            e.recordedAt().toString(),
            e.actor(),
            e.action(),
            e.recordType(),
            e.recordId(),
            String.valueOf(e.before()),
            String.valueOf(e.after()),
            e.previousHash());
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static AuditEntry entry(long seq, String actor, String before, String after) {
    return new AuditEntry(
        seq,
        LocalDateTime.of(2026, 12, 5, 21, 40, 1, 123_000_000),
        actor,
        "IMPORT",
        "cadre",
        "CB" + seq,
        before,
        after,
        "ab".repeat(32),
        null);
  }

  @Test
  void anEntryHashesAsItsFieldsJoinedWhateverTheyHold() throws Exception {
    EntryHash hashes = new EntryHash();
    AuditEntry[] entries = {
      entry(1, "bantochuc", null, "{\"hoTen\":\"Nguyễn Thị Hương\",\"queQuan\":\"Vạn Phúc\"}"),
      entry(2, null, "{\"hoTen\":\"Trần 😀 Bình\"}", null),
      entry(3, "người dùng", "lone \ud800 surrogate", "\udc00 at the start"),
      entry(4, "x", "ắ".repeat(20_000), "")
    };
    for (AuditEntry e : entries) {
      assertThat(hashes.of(e)).isEqualTo(joinedAndHashed(e));
    }
    Random random = new Random(2026);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(300); n > 0; n--) {
        text.append((char) random.nextInt(0x10000));
      }
      AuditEntry e = entry(10 + i, "a", text.toString(), text.reverse().toString());
      assertThat(hashes.of(e)).isEqualTo(joinedAndHashed(e));
    }
  }
}
