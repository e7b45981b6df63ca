package vn.luanchuyen.approval;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /** The problems of a decision that approves a case, in Vietnamese; empty when complete. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!StepInput.filled(number)) {
      out.add("số quyết định");
    } else if (number.trim().length() > 100) {
      out.add("số quyết định quá 100 ký tự");
    }
    if (signedOn == null) {
      out.add("ngày ký");
    }
    if (effectiveOn == null) {
      out.add("ngày có hiệu lực");
    } else if (signedOn != null && effectiveOn.isBefore(signedOn)) {
      out.add("ngày có hiệu lực không được trước ngày ký");
    }
    return out;
  }
}
