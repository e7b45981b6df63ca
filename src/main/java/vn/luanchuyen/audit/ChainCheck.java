package vn.luanchuyen.audit;

/**
 * Walks a trail entry by entry, in order, then checks its head: each entry's hash must match its
 * content, each must point to the hash of the one before, numbers must follow without a gap, the
 * head must name the last entry and carry a signature of the {@link AuditKey}. The same check
 * serves the database and a backup file. The first broken link is named.
 */
public final class ChainCheck {
  private final AuditKey key;
  private long count;
  private long expectedSeq = 1;
  private String expectedPrevious = AuditTrail.GENESIS;
  private Verification broken;
  private final EntryHash hashes = new EntryHash();

  public ChainCheck(AuditKey key) {
    this.key = key;
  }

  /** The next entry of the trail. */
  public void add(AuditEntry e) {
    if (broken != null) {
      return;
    }
    count++;
    if (e.seq() != expectedSeq) {
      broken =
          new Verification(
              count, expectedSeq, "Thiếu mục số " + expectedSeq + ": nhật ký đã bị xóa bớt.");
    } else if (!e.previousHash().equals(expectedPrevious)) {
      broken =
          new Verification(
              count,
              e.seq(),
              "Mục số " + e.seq() + " không nối với mục trước: nhật ký đã bị xóa hoặc chèn.");
    } else if (!hashes.of(e).equals(e.entryHash())) {
      broken =
          new Verification(
              count,
              e.seq(),
              "Nội dung mục số " + e.seq() + " không khớp mã băm: mục này đã bị sửa.");
    }
    expectedPrevious = e.entryHash();
    expectedSeq = e.seq() + 1;
  }

  /** The links alone: the entries, and the head naming the last, whether signed or not. */
  public Verification links(SignedHead head) {
    if (broken != null) {
      return broken;
    }
    long last = expectedSeq - 1;
    if (head.seq() != last || !head.entryHash().equals(expectedPrevious)) {
      return new Verification(
          count,
          last == 0 ? 1 : expectedSeq,
          "Các mục cuối của nhật ký (sau mục số " + last + ") đã bị xóa.");
    }
    return new Verification(count, null, null);
  }

  /** The result, given the head stored beside the entries. */
  public Verification finish(SignedHead head) {
    Verification links = links(head);
    long last = expectedSeq - 1;
    if (!links.intact() || head.empty() && head.signature() == null) {
      return links;
    }
    if (head.signature() == null || head.trailId() == null) {
      return new Verification(
          count,
          last,
          "Đầu chuỗi nhật ký chưa được ký: không chứng minh được nhật ký còn nguyên (chạy audit"
              + " seal một lần sau khi nâng cấp).");
    }
    if (!key.knows(head.signature().keyId())) {
      return new Verification(
          count,
          last,
          "Đầu chuỗi được ký bằng khóa "
              + head.signature().keyId()
              + ", không có trong tệp khóa "
              + key.file()
              + ".");
    }
    if (!key.verifies(head.signature(), head.signedParts())) {
      return new Verification(
          count,
          last,
          "Chữ ký của đầu chuỗi (mục số "
              + last
              + ") không đúng: nhật ký đã bị viết lại, cắt bớt hoặc tính lại mã băm ngoài"
              + " chương trình.");
    }
    return new Verification(count, null, null);
  }
}
