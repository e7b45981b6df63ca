package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.shared.Reason;

/**
 * What one rule says about one cadre, with the facts it used and the reason a user reads. The
 * reason's arguments are exactly the facts. In JSON the reason is the rendered sentence and {@code
 * reasonCode} its stable code.
 *
 * @param facts the facts behind the verdict in a fixed order, e.g. {@code position}, {@code
 *     sinceDate}, {@code tenureMonths}
 * @param reasonCode the reason's stable code, e.g. {@code head-tenure-reached}
 * @param messageKey the key of the reason's message in the {@code i18n/screening} bundle
 */
@JsonPropertyOrder({"rule", "outcome", "facts", "reason", "reasonCode"})
public record Verdict(
    RuleId rule,
    Outcome outcome,
    Map<String, Object> facts,
    String reasonCode,
    @JsonIgnore String messageKey) {

  public Verdict {
    facts = Facts.copyOf(facts);
  }

  static Verdict of(
      RuleId rule, Outcome outcome, String code, String messageKey, Map<String, Object> facts) {
    return new Verdict(rule, outcome, facts, code, messageKey);
  }

  /** Why: the code, the message key and the facts as its arguments. */
  @JsonProperty("reason")
  @JsonSerialize(using = ReasonSentenceSerializer.class)
  public Reason reason() {
    return new Reason(reasonCode, messageKey, facts);
  }

  /** The reason as a Vietnamese sentence. */
  public String sentence() {
    return ScreeningMessages.render(reason());
  }
}
