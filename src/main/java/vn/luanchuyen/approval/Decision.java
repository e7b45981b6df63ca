package vn.luanchuyen.approval;

import static vn.luanchuyen.approval.ApprovalMessages.reason;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.shared.Reason;

/**
 * The decision (quyết định) that carries out an approved case.
 *
 * @param number the decision's number, e.g. {@code 125-QĐ/QU}
 * @param signedOn the day it was signed
 * @param effectiveOn the day it takes effect: assignments end the day before and start on it
 */
public record Decision(
    String number,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate signedOn,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate effectiveOn) {

  /** What an approving decision lacks when none is given: its number and both days. */
  static final List<Reason> NOTHING_GIVEN =
      List.of(
          reason("decision.no-number"),
          reason("decision.no-signed-on"),
          reason("decision.no-effective-on"));

  /** The problems of a decision that approves a case, each with its code; empty when complete. */
  public List<Reason> problems() {
    List<Reason> out = new ArrayList<>();
    if (!StepInput.filled(number)) {
      out.add(reason("decision.no-number"));
    } else if (number.trim().length() > 100) {
      out.add(reason("decision.number-too-long", "max", 100));
    }
    if (signedOn == null) {
      out.add(reason("decision.no-signed-on"));
    }
    if (effectiveOn == null) {
      out.add(reason("decision.no-effective-on"));
    } else if (signedOn != null && effectiveOn.isBefore(signedOn)) {
      out.add(reason("decision.effective-before-signed"));
    }
    return out;
  }
}
