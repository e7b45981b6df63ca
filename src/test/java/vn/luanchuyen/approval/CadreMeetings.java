package vn.luanchuyen.approval;

import java.time.LocalDate;

/**
 * The Board's meeting with the cadres of a case, for tests that carry a case past the step of
 * meeting them: one record for every cadre still in the case, the one place they all go through.
 */
public final class CadreMeetings {

  /** A day before any test's today. */
  public static final LocalDate MET_ON = LocalDate.of(2022, 7, 1);

  public static final String CONTENT = "Trao đổi về chủ trương luân chuyển và nhiệm vụ ở nơi đến";
  public static final String WISHES = "Đồng ý với phương án, xin được bố trí gần nơi ở";

  private CadreMeetings() {}

  /** Records a meeting with every cadre still in the case; returns how many were recorded. */
  public static int meetEveryCadre(Approvals approvals, long caseId, Actor actor) {
    var codes = approvals.cadres(caseId).stillIn();
    codes.forEach(
        code -> approvals.recordCadreMeeting(caseId, code, MET_ON, CONTENT, WISHES, actor));
    return codes.size();
  }
}
