package vn.luanchuyen.reporting;

import vn.luanchuyen.organisation.Block;

/**
 * Which cadres a quality analysis counts: those whose current seat is in the unit (or one of its
 * descendants), the block and the level given. Null means any.
 */
public record QualityScope(String unitCode, Block block, String levelCode) {

  public static QualityScope everything() {
    return new QualityScope(null, null, null);
  }

  public QualityScope {
    unitCode = blankToNull(unitCode);
    levelCode = blankToNull(levelCode);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
