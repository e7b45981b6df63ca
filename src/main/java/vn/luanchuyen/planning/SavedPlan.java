package vn.luanchuyen.planning;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * A saved version of a plan.
 *
 * @param number the version number within the plan's name, from 1
 * @param status {@code DRAFT} until an approval module takes it further
 * @param mediumPenalty cadres who must move but were left without a fitting seat
 * @param version the optimistic-locking version
 */
public record SavedPlan(
    long id,
    String name,
    int number,
    String policy,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf,
    String status,
    long hardPenalty,
    long mediumPenalty,
    long softPenalty,
    LocalDateTime savedAt,
    long version) {

  /**
   * A saved move, or a forbidden one.
   *
   * @param toSeat the new seat, or null when the cadre stays
   * @param form the legal form the move takes ({@code LUAN_CHUYEN}, {@code DIEU_DONG} or {@code
   *     CHUYEN_DOI}); null for a forbidden move
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
      boolean forbidden) {}
}
