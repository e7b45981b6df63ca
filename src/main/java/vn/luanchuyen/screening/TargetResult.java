package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.policy.Policy.Comparison;
import vn.luanchuyen.policy.Policy.LocalEvidence;
import vn.luanchuyen.policy.Policy.TargetKind;

/**
 * A target measured on the as-of date: value = numerator / denominator, compared with the goal,
 * with the seats behind the numbers and a projection of what retirements alone do by each year-end.
 *
 * @param value numerator / denominator rounded to 4 decimals, or null when the denominator is 0
 * @param met whether the exact value satisfies the goal under the comparison
 * @param seats the filled seats counted, with their holders
 * @param perUnit for seats-per-unit targets, the filled seats of each unit (units with none too)
 * @param projection per year from the as-of year to the deadline year
 */
@JsonPropertyOrder({
  "target",
  "value",
  "goal",
  "met",
  "numerator",
  "denominator",
  "name",
  "kind",
  "comparison",
  "deadline",
  "seats",
  "perUnit",
  "projection"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetResult(
    String target,
    String name,
    TargetKind kind,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double value,
    double goal,
    Comparison comparison,
    boolean met,
    int numerator,
    int denominator,
    LocalDate deadline,
    List<Seat> seats,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnitCount> perUnit,
    List<YearEnd> projection) {

  public TargetResult {
    seats = ChunkedList.kept(seats);
    perUnit = ChunkedList.kept(perUnit);
    projection = List.copyOf(projection);
  }

  /**
   * A filled seat counted by a target.
   *
   * @param locality the unit's locality code, for non-local targets
   * @param local whether the holder is local to it; null when the unit has no locality recorded
   *     (the seat is then left out of the share and reported as a data-quality finding)
   * @param matched the kinds of evidence that made the holder local
   * @param places the holder's recorded places the policy looks at, by kind
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Seat(
      String position,
      String unit,
      String holder,
      String locality,
      Boolean local,
      List<LocalEvidence> matched,
      Map<LocalEvidence, String> places) {}

  /** A unit and the number of its filled seats with the target's roles. */
  public record UnitCount(String unit, String name, int filled) {}

  /** The target at the end of a year if only retirements change the seats. */
  public record YearEnd(
      int year,
      int numerator,
      int denominator,
      @JsonInclude(JsonInclude.Include.ALWAYS) Double value,
      boolean met) {}
}
