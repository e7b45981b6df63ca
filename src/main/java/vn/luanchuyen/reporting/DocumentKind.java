package vn.luanchuyen.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The documents of an approval case the board prints. */
public enum DocumentKind {
  /** Tờ trình: the Organisation Board's proposal to the Standing Committee. */
  PROPOSAL("to-trinh", false),
  /** Quyết định luân chuyển, điều động: needs a case the Standing Committee approved. */
  DECISION("quyet-dinh", true),
  /** Biên bản kiểm phiếu: the confirmed tallies of the secret ballot. */
  VOTE_MINUTES("bien-ban-kiem-phieu", false);

  private final String slug;
  private final boolean needsDecision;

  DocumentKind(String slug, boolean needsDecision) {
    this.slug = slug;
    this.needsDecision = needsDecision;
  }

  /** The name in paths and file names, e.g. {@code to-trinh}. */
  public String slug() {
    return slug;
  }

  public boolean needsDecision() {
    return needsDecision;
  }

  public static Optional<DocumentKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
