package vn.luanchuyen.screening;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.shared.Reason;

/**
 * The result of screening a registry snapshot under a policy on a date.
 *
 * @param policy the policy id
 * @param policyVersion the policy's version
 * @param asOf the day screened
 * @param warnings things the reader should know, e.g. the day lies outside the policy's effective
 *     range
 * @param cadres every cadre, in snapshot order
 * @param targets every target of the policy
 * @param dataQuality every data-quality finding, about cadres, seats and units
 */
@JsonPropertyOrder({
  "policy",
  "policyVersion",
  "asOf",
  "warnings",
  "cadres",
  "targets",
  "dataQuality"
})
public record ScreeningReport(
    String policy,
    int policyVersion,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSerialize(contentUsing = ReasonObjectSerializer.class)
        List<Reason> warnings,
    List<CadreScreening> cadres,
    List<TargetResult> targets,
    List<DataQualityFinding> dataQuality) {

  public ScreeningReport {
    warnings = List.copyOf(warnings);
    cadres = cadres instanceof ScreenedCadres ? cadres : List.copyOf(cadres);
    targets = List.copyOf(targets);
    dataQuality = List.copyOf(dataQuality);
  }

  /** How many cadres some rule requires to move. */
  public int mustMoveCount() {
    if (cadres instanceof ScreenedCadres screened) {
      return screened.mustMoveCount();
    }
    return (int) cadres.stream().filter(CadreScreening::mustMove).count();
  }

  public Optional<CadreScreening> cadre(String code) {
    if (cadres instanceof ScreenedCadres screened) {
      return screened.byCode(code);
    }
    return cadres.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<TargetResult> target(String id) {
    return targets.stream().filter(t -> t.target().equals(id)).findFirst();
  }
}
