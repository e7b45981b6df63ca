package vn.luanchuyen.screening;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.policy.RuleId;

/**
 * A screening report sorted into the lists the Organisation Board works from: heads who must move,
 * deputies who must move, cadres eligible for rotation, young cadres to send to wards, cadres not
 * eligible, and the data problems. A cadre may stand in several lists, each with its reasons.
 */
public record ScreeningLists(
    List<Entry> headsMustMove,
    List<Entry> deputiesMustMove,
    List<Entry> retiring,
    List<Entry> eligible,
    List<Entry> youngToWards,
    List<Entry> notEligible,
    List<DataQualityFinding> dataProblems) {

  /** The lists in the order of the screening page's tabs. */
  public enum Kind {
    HEADS_MUST_MOVE,
    DEPUTIES_MUST_MOVE,
    RETIRING,
    ELIGIBLE,
    YOUNG_TO_WARDS,
    NOT_ELIGIBLE
  }

  /**
   * One cadre in a list: who, the seats they hold, retirement, and the verdicts behind the list.
   *
   * @param seats the names of the seats held on the as-of date
   * @param reasons the verdicts that put the cadre in this list
   * @param all every verdict about the cadre, for the detail view
   */
  public record Entry(
      String code,
      String fullName,
      List<String> seats,
      YearMonth retirementMonth,
      Integer remainingMonths,
      List<Verdict> reasons,
      List<Verdict> all) {

    public Entry {
      seats = List.copyOf(seats);
      reasons = List.copyOf(reasons);
      all = List.copyOf(all);
    }
  }

  public List<Entry> list(Kind kind) {
    return switch (kind) {
      case HEADS_MUST_MOVE -> headsMustMove;
      case DEPUTIES_MUST_MOVE -> deputiesMustMove;
      case RETIRING -> retiring;
      case ELIGIBLE -> eligible;
      case YOUNG_TO_WARDS -> youngToWards;
      case NOT_ELIGIBLE -> notEligible;
    };
  }

  public static ScreeningLists of(ScreeningReport report, RegistrySnapshot snapshot) {
    List<Entry> heads = new ArrayList<>();
    List<Entry> deputies = new ArrayList<>();
    List<Entry> retiring = new ArrayList<>();
    List<Entry> eligible = new ArrayList<>();
    List<Entry> young = new ArrayList<>();
    List<Entry> notEligible = new ArrayList<>();
    for (CadreScreening c : report.cadres()) {
      // a cadre who must move: the tenure behind it, and each form of a move open or not
      if (c.verdicts().stream()
          .anyMatch(v -> v.rule() == RuleId.HEAD_TENURE && v.outcome() == Outcome.MUST_MOVE)) {
        add(
            heads,
            c,
            snapshot,
            v ->
                (v.rule() == RuleId.HEAD_TENURE && v.outcome() == Outcome.MUST_MOVE)
                    || v.rule() == RuleId.MOVE_FORM);
      }
      if (c.verdicts().stream()
          .anyMatch(v -> v.rule() == RuleId.DEPUTY_TENURE && v.outcome() == Outcome.MUST_MOVE)) {
        add(
            deputies,
            c,
            snapshot,
            v ->
                (v.rule() == RuleId.DEPUTY_TENURE && v.outcome() == Outcome.MUST_MOVE)
                    || v.rule() == RuleId.MOVE_FORM);
      }
      add(retiring, c, snapshot, ScreeningLists::retiring);
      add(
          young,
          c,
          snapshot,
          v -> v.rule() == RuleId.YOUNG_GRASSROOTS && v.outcome() == Outcome.ELIGIBLE);
      Predicate<Verdict> blocking =
          v ->
              (v.rule() == RuleId.REMAINING_TIME || v.rule() == RuleId.ELIGIBILITY)
                  && v.outcome() == Outcome.NOT_ELIGIBLE;
      if (c.verdicts().stream().anyMatch(blocking)) {
        add(notEligible, c, snapshot, blocking);
      } else {
        add(
            eligible,
            c,
            snapshot,
            v ->
                (v.rule() == RuleId.ELIGIBILITY || v.rule() == RuleId.REMAINING_TIME)
                    && v.outcome() == Outcome.ELIGIBLE);
      }
    }
    return new ScreeningLists(
        heads, deputies, retiring, eligible, young, notEligible, report.dataQuality());
  }

  /**
   * A tenure verdict that would require a move, but the cadre retires within the policy's floor (or
   * is past retirement): exempt, the Board plans a successor.
   */
  private static boolean retiring(Verdict v) {
    return (v.rule() == RuleId.HEAD_TENURE || v.rule() == RuleId.DEPUTY_TENURE)
        && v.outcome() == Outcome.EXEMPT
        && (v.reasonCode().endsWith("-retiring") || v.reasonCode().endsWith("-past-retirement"));
  }

  private static void add(
      List<Entry> list, CadreScreening c, RegistrySnapshot snapshot, Predicate<Verdict> reason) {
    List<Verdict> reasons = c.verdicts().stream().filter(reason).toList();
    if (reasons.isEmpty()) {
      return;
    }
    Set<String> seats = new LinkedHashSet<>();
    for (Verdict v : c.verdicts()) {
      if ((v.rule() == RuleId.HEAD_TENURE || v.rule() == RuleId.DEPUTY_TENURE)
          && v.facts().get("positionName") != null) {
        seats.add(v.facts().get("positionName").toString());
      }
    }
    String name = snapshot.cadre(c.code()).map(Cadre::fullName).orElse(c.code());
    list.add(
        new Entry(
            c.code(),
            name,
            List.copyOf(seats),
            c.retirementMonth(),
            c.remainingMonths(),
            reasons,
            c.verdicts()));
  }
}
