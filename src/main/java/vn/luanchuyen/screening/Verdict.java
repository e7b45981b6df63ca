package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import vn.luanchuyen.shared.Reason;

/**
 * What one rule says about one cadre, with the facts it used and the reason a user reads. In JSON
 * the reason is the rendered sentence and {@code reasonCode} its stable code.
 *
 * @param facts the facts behind the verdict, e.g. {@code position}, {@code sinceDate}, {@code
 *     tenureMonths}; the same values the reason's message names
 */
@JsonPropertyOrder({"rule", "outcome", "facts", "reason", "reasonCode"})
public record Verdict(
    RuleId rule,
    Outcome outcome,
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES) Map<String, Object> facts,
    @JsonSerialize(using = ReasonSentenceSerializer.class) Reason reason) {

  public Verdict {
    facts = Map.copyOf(facts);
  }

  /** A verdict whose reason names exactly its facts. */
  static Verdict of(
      RuleId rule, Outcome outcome, String code, String messageKey, Map<String, Object> facts) {
    Reason reason = new Reason(code, messageKey, facts);
    return new Verdict(rule, outcome, reason.args(), reason);
  }

  @JsonProperty("reasonCode")
  public String reasonCode() {
    return reason.code();
  }

  /** The reason as a Vietnamese sentence. */
  public String sentence() {
    return ScreeningMessages.render(reason);
  }
}
