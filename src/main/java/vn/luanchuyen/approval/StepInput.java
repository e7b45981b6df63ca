package vn.luanchuyen.approval;

/**
 * What a clerk enters to complete a step.
 *
 * @param cadreMeeting notes of the meeting with the cadre
 * @param cadreWishes the cadre's wishes
 */
public record StepInput(
    String comment,
    String unitsConsulted,
    String appraisal,
    String cadreMeeting,
    String cadreWishes) {

  public static StepInput comment(String comment) {
    return new StepInput(comment, null, null, null, null);
  }

  static boolean filled(String s) {
    return s != null && !s.isBlank();
  }
}
