package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.RuleId;

/**
 * One cadre's screening: retirement, remaining working time and every verdict of every rule in
 * force, plus the data-quality findings about the cadre.
 *
 * @param retirement the retirement, or null when it cannot be computed (see the findings)
 * @param remainingMonths months from the as-of month to the retirement month, or null
 */
@JsonPropertyOrder({
  "code",
  "retirementMonth",
  "remainingMonths",
  "retirementAge",
  "retirementOverride",
  "verdicts",
  "dataQuality"
})
public record CadreScreening(
    String code,
    @JsonIgnore Retirement retirement,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer remainingMonths,
    List<Verdict> verdicts,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataQualityFinding> dataQuality) {

  public CadreScreening {
    verdicts = List.copyOf(verdicts);
    dataQuality = List.copyOf(dataQuality);
  }

  @JsonProperty("retirementMonth")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public YearMonth retirementMonth() {
    return retirement == null ? null : retirement.month();
  }

  /** The age at retirement, ISO-8601 ({@code P61Y3M}), when known. */
  @JsonProperty("retirementAge")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public Period retirementAge() {
    return retirement == null ? null : retirement.age();
  }

  /** Why the retirement month was set by decision instead of by law; null when it was not. */
  @JsonProperty("retirementOverride")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public String retirementOverride() {
    return retirement != null && retirement.overridden() ? retirement.overrideReason() : null;
  }

  /** The verdicts of one rule, in the order they were found. */
  public List<Verdict> verdictsOf(RuleId rule) {
    return verdicts.stream().filter(v -> v.rule() == rule).toList();
  }

  /** Whether any rule requires the cadre to move. */
  public boolean mustMove() {
    return verdicts.stream().anyMatch(v -> v.outcome() == Outcome.MUST_MOVE);
  }

  public Optional<Retirement> retirementIfKnown() {
    return Optional.ofNullable(retirement);
  }
}
