package vn.luanchuyen.planning;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * A saved version of a plan.
 *
 * @param name the working name the Board uses while drafting, never printed in a document
 * @param number the version number within the plan's name, from 1
 * @param officialTitle the title the Board gives the version for its documents (e.g. "Phương án
 *     luân chuyển, điều động, chuyển đổi vị trí công tác cán bộ đợt 1 năm 2022"); null until set
 * @param status where the version stands in the approval procedure
 * @param mediumPenalty cadres who must move but were left without a fitting seat
 * @param version the optimistic-locking version
 */
public record SavedPlan(
    long id,
    String name,
    int number,
    @Schema(
            description =
                "Tên chính thức của phiên bản, dùng trong tờ trình, quyết định, biên bản; null khi"
                    + " chưa đặt",
            nullable = true)
        String officialTitle,
    String policy,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf,
    Status status,
    long hardPenalty,
    long mediumPenalty,
    long softPenalty,
    LocalDateTime savedAt,
    long version) {

  /**
   * Where a saved version stands. A draft may be submitted for approval; it is decided once every
   * one of its moves has been carried out by an approved decision (whole or move by move), and not
   * approved when the collective rejects the whole version. Neither can be submitted again: the
   * Board saves a new version instead.
   */
  public enum Status {
    DRAFT,
    DECIDED,
    REJECTED;

    /** Whether a version in this status may be submitted for approval: only a draft. */
    public boolean submittable() {
      return this == DRAFT;
    }

    /** The status once every move of the version has been carried out: decided. */
    Status everyMoveCarriedOut() {
      return DECIDED;
    }

    /**
     * The status once the collective rejects the whole version: a draft is not approved; a version
     * whose moves were all carried out meanwhile (move by move) stays decided.
     */
    Status wholeVersionRejected() {
      return this == DECIDED ? DECIDED : REJECTED;
    }
  }

  /**
   * A saved move, or a forbidden one.
   *
   * @param toSeat the new seat, or null when the cadre stays
   * @param form the legal form the move takes ({@code LUAN_CHUYEN}, {@code DIEU_DONG} or {@code
   *     CHUYEN_DOI}); null for a forbidden move
   * @param grounds the screening's grounds for the move as the plan gave them, one sentence each
   *     (empty for a move saved before they were kept, and for a forbidden move)
   * @param formReason why the move takes its form, as the plan gave it; null when not kept
   */
  public record Move(
      String cadre,
      String fromSeat,
      String toSeat,
      @Schema(
              description =
                  "Hình thức của điều chuyển: LUAN_CHUYEN (luân chuyển), DIEU_DONG (điều động),"
                      + " CHUYEN_DOI (chuyển đổi vị trí công tác); null với điều chuyển bị loại",
              nullable = true)
          AssignmentForm form,
      boolean locked,
      boolean forbidden,
      @Schema(description = "Căn cứ của điều chuyển theo kết quả sàng lọc, mỗi câu một mục")
          List<String> grounds,
      @Schema(description = "Lý do áp dụng hình thức của điều chuyển", nullable = true)
          String formReason) {

    public Move {
      grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }

    /** A move without its reasons (a forbidden move, a reversal). */
    public Move(
        String cadre,
        String fromSeat,
        String toSeat,
        AssignmentForm form,
        boolean locked,
        boolean forbidden) {
      this(cadre, fromSeat, toSeat, form, locked, forbidden, List.of(), null);
    }
  }
}
