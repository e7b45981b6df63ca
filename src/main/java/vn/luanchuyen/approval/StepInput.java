package vn.luanchuyen.approval;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/**
 * What a clerk enters to complete a step.
 *
 * @param cadreMeeting notes of the meeting with the cadre
 * @param cadreWishes the cadre's wishes
 * @param doneOn the day the step was completed, as entered (documents print it); null if not given
 * @param meeting at the deciding step, the meeting that voted (for the vote minutes); else null
 */
public record StepInput(
    String comment,
    String unitsConsulted,
    String appraisal,
    String cadreMeeting,
    String cadreWishes,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate doneOn,
    Meeting meeting) {

  /** A step's content without its day or meeting. */
  public StepInput(
      String comment,
      String unitsConsulted,
      String appraisal,
      String cadreMeeting,
      String cadreWishes) {
    this(comment, unitsConsulted, appraisal, cadreMeeting, cadreWishes, null, null);
  }

  public static StepInput comment(String comment) {
    return new StepInput(comment, null, null, null, null);
  }

  /** The same input, completed on the day given. */
  public StepInput on(LocalDate day) {
    return new StepInput(
        comment, unitsConsulted, appraisal, cadreMeeting, cadreWishes, day, meeting);
  }

  /** The same input, with the meeting that voted. */
  public StepInput at(Meeting held) {
    return new StepInput(
        comment, unitsConsulted, appraisal, cadreMeeting, cadreWishes, doneOn, held);
  }

  static boolean filled(String s) {
    return s != null && !s.isBlank();
  }
}
