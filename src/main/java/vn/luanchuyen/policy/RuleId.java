package vn.luanchuyen.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The screening rules a policy can switch on, with the ids used in policy files and reports. */
public enum RuleId {
  /** A head seat held continuously for the policy's head tenure or longer. */
  HEAD_TENURE("head-tenure"),
  /** A deputy seat held continuously for the policy's deputy tenure or longer. */
  DEPUTY_TENURE("deputy-tenure"),
  /** Enough working time left before retirement to be rotated. */
  REMAINING_TIME("remaining-time"),
  /** A young cadre in planning who has never held a seat at the grassroots. */
  YOUNG_GRASSROOTS("young-grassroots"),
  /** The standing conditions: in planning, no discipline in force, no failed year. */
  ELIGIBILITY("eligibility"),
  /**
   * Not a switch of its own: for a cadre who must move, whether each legal form of a move
   * (rotation, transfer, position change) is open to them and why, from the policy's forms.
   */
  MOVE_FORM("move-form"),
  /** Not a policy rule: a finding about missing or inconsistent registry data. */
  DATA_QUALITY("data-quality");

  private final String id;

  RuleId(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The rule a policy file names, if any; {@code move-form} and {@code data-quality} are not. */
  public static Optional<RuleId> fromPolicyId(String id) {
    return Arrays.stream(values())
        .filter(r -> r != DATA_QUALITY && r != MOVE_FORM && r.id.equals(id))
        .findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
