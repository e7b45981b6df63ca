package vn.luanchuyen.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one secret ballot on one candidate in one round: never who voted how.
 *
 * @param members the collective's members
 * @param present members present
 * @param invalid invalid ballots
 */
public record Tally(int members, int present, int agree, int disagree, int abstain, int invalid) {

  /** Refuses counts that do not add up, naming the numbers. */
  public Tally {
    List<String> problems = new ArrayList<>();
    if (members < 0 || present < 0 || agree < 0 || disagree < 0 || abstain < 0 || invalid < 0) {
      problems.add("các số không được âm");
    }
    if (members == 0) {
      problems.add("số thành viên phải lớn hơn 0");
    }
    if (present > members) {
      problems.add("số có mặt (" + present + ") lớn hơn số thành viên (" + members + ")");
    }
    if (agree + disagree + abstain + invalid != present) {
      problems.add(
          "đồng ý + không đồng ý + không biểu quyết + không hợp lệ = "
              + agree
              + " + "
              + disagree
              + " + "
              + abstain
              + " + "
              + invalid
              + " = "
              + (agree + disagree + abstain + invalid)
              + ", khác số có mặt ("
              + present
              + ")");
    }
    if (!problems.isEmpty()) {
      throw new ApprovalRefused("Kết quả kiểm phiếu không khớp: " + String.join("; ", problems));
    }
  }

  public boolean quorumMet(Procedure procedure) {
    return procedure.quorum().reachedBy(present, members);
  }

  /** Passed: quorum met and agree votes more than the threshold share of the MEMBERS. */
  public boolean passed(Procedure procedure) {
    return quorumMet(procedure) && procedure.passAbove().exceededBy(agree, members);
  }

  /** The names (Vietnamese labels) of the counts in which two entries differ. */
  public List<String> differences(Tally other) {
    List<String> out = new ArrayList<>();
    compare(out, "số thành viên", members, other.members);
    compare(out, "số có mặt", present, other.present);
    compare(out, "đồng ý", agree, other.agree);
    compare(out, "không đồng ý", disagree, other.disagree);
    compare(out, "không biểu quyết", abstain, other.abstain);
    compare(out, "không hợp lệ", invalid, other.invalid);
    return out;
  }

  private static void compare(List<String> out, String label, int a, int b) {
    if (a != b) {
      out.add(label + " (" + a + " ≠ " + b + ")");
    }
  }
}
