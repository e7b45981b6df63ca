package vn.luanchuyen.approval;

import static vn.luanchuyen.approval.ApprovalMessages.reason;

import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * The counts of one secret ballot on one candidate in one round: never who voted how.
 *
 * @param members the collective's members
 * @param present members present
 * @param invalid invalid ballots
 */
public record Tally(int members, int present, int agree, int disagree, int abstain, int invalid) {

  /** The counts of a tally, each named for a user by {@code approval.tally.count.<NAME>}. */
  public enum Count implements MessageRenderer.Labelled {
    MEMBERS,
    PRESENT,
    AGREE,
    DISAGREE,
    ABSTAIN,
    INVALID;

    @Override
    public String labelKey() {
      return "approval.tally.count." + name();
    }
  }

  /** Refuses counts that do not add up, naming the numbers; every problem is reported. */
  public Tally {
    List<Reason> problems = new ArrayList<>();
    if (members < 0 || present < 0 || agree < 0 || disagree < 0 || abstain < 0 || invalid < 0) {
      problems.add(reason("tally.negative"));
    }
    if (members == 0) {
      problems.add(reason("tally.no-members"));
    }
    if (present > members) {
      problems.add(reason("tally.present-above-members", "present", present, "members", members));
    }
    int sum = agree + disagree + abstain + invalid;
    if (sum != present) {
      problems.add(
          reason(
              "tally.sum-differs",
              "agree",
              agree,
              "disagree",
              disagree,
              "abstain",
              abstain,
              "invalid",
              invalid,
              "sum",
              sum,
              "present",
              present));
    }
    if (!problems.isEmpty()) {
      throw new ApprovalRefused(problems);
    }
  }

  public boolean quorumMet(Procedure procedure) {
    return procedure.quorum().reachedBy(present, members);
  }

  /** Passed: quorum met and agree votes more than the threshold share of the MEMBERS. */
  public boolean passed(Procedure procedure) {
    return quorumMet(procedure) && procedure.passAbove().exceededBy(agree, members);
  }

  /**
   * The counts in which two entries differ, by name only: a clerk is told which counts to recount,
   * never the other clerk's numbers.
   */
  public List<Count> differences(Tally other) {
    List<Count> out = new ArrayList<>();
    compare(out, Count.MEMBERS, members, other.members);
    compare(out, Count.PRESENT, present, other.present);
    compare(out, Count.AGREE, agree, other.agree);
    compare(out, Count.DISAGREE, disagree, other.disagree);
    compare(out, Count.ABSTAIN, abstain, other.abstain);
    compare(out, Count.INVALID, invalid, other.invalid);
    return out;
  }

  private static void compare(List<Count> out, Count count, int a, int b) {
    if (a != b) {
      out.add(count);
    }
  }
}
