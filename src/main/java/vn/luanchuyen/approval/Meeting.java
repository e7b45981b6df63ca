package vn.luanchuyen.approval;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;

/**
 * The meeting of the deciding collective that voted on a case, as its conclusion records it for the
 * vote minutes. Names are free text, one person a line (with the reason of an absence).
 *
 * @param startsAt the time the meeting began
 * @param present the members present
 * @param absent the members absent, each with the reason
 * @param countingCommittee the vote-counting committee (ban kiểm phiếu), its head first
 */
public record Meeting(
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startsAt,
    String place,
    String present,
    String absent,
    String countingCommittee) {

  /** Whether anything of the meeting was entered. */
  public boolean recorded() {
    return startsAt != null
        || StepInput.filled(place)
        || StepInput.filled(present)
        || StepInput.filled(absent)
        || StepInput.filled(countingCommittee);
  }
}
