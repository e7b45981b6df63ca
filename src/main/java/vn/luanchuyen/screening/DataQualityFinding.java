package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.shared.Reason;

/**
 * Registry data that is missing or inconsistent (rule {@code data-quality}): never skipped
 * silently; the rules that need the data say they could not decide.
 *
 * @param cadreCode the cadre concerned, or null when the finding is about a unit or seat
 * @param subject what is wrong: a cadre, position or unit code
 * @param reason the finding's code and message
 */
@JsonPropertyOrder({"cadre", "rule", "subject", "code", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataQualityFinding(
    @JsonProperty("cadre") String cadreCode, String subject, @JsonIgnore Reason reason) {

  @JsonProperty("rule")
  public RuleId rule() {
    return RuleId.DATA_QUALITY;
  }

  @JsonProperty("code")
  public String code() {
    return reason.code();
  }

  @JsonProperty("message")
  @JsonSerialize(using = ReasonSentenceSerializer.class)
  public Reason message() {
    return reason;
  }
}
