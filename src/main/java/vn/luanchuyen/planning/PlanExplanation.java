package vn.luanchuyen.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.planning.solver.Candidate;
import vn.luanchuyen.planning.solver.CandidateKind;
import vn.luanchuyen.planning.solver.ConstraintIds;
import vn.luanchuyen.planning.solver.MoveRules;
import vn.luanchuyen.planning.solver.NoSeatReason;
import vn.luanchuyen.planning.solver.PlanJustification;
import vn.luanchuyen.planning.solver.RotationSchedule;
import vn.luanchuyen.planning.solver.ScoreBreakdown;
import vn.luanchuyen.planning.solver.Seat;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.screening.CadreScreening;
import vn.luanchuyen.screening.Outcome;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.Verdict;

/**
 * Turns a solved schedule into the plan a Board officer reads: every move with the screening's
 * grounds, the form it takes and why, the rules it keeps and breaks; every broken rule and every
 * cadre who must move but has no seat, with why each form failed.
 */
final class PlanExplanation {

  private PlanExplanation() {}

  /** The plan as a user reads it: each move with its grounds, form and reasons. */
  static RotationPlan of(
      RegistrySnapshot snapshot,
      ScreeningReport report,
      Policy policy,
      PlanRequest request,
      RotationSchedule schedule,
      ScoreBreakdown analysis,
      SolveFigures figures,
      List<TargetChange> targets) {
    Map<String, List<Explanation>> brokenByCadre = new HashMap<>();
    Map<String, List<Explanation>> brokenByUnit = new HashMap<>();
    Map<String, java.util.Set<String>> brokenIds = new HashMap<>();
    List<ConstraintScore> totals = new ArrayList<>();
    List<BrokenRule> broken = new ArrayList<>();
    List<BrokenRule> unplaced = new ArrayList<>();
    Map<String, Candidate> byCode = new HashMap<>();
    schedule.candidates().forEach(c -> byCode.put(c.code(), c));
    List<String> order = new ArrayList<>(ConstraintIds.HARD);
    order.addAll(ConstraintIds.MEDIUM);
    order.addAll(ConstraintIds.SOFT);
    for (String id : order) {
      ScoreBreakdown.ConstraintPart ca = analysis.part(id);
      boolean hard = ConstraintIds.HARD.contains(id);
      boolean medium = ConstraintIds.MEDIUM.contains(id);
      long penalty = 0;
      int matches = 0;
      if (ca != null) {
        penalty = ca.penalty();
        matches = ca.matchCount();
        for (PlanJustification j : ca.matches()) {
          Map<String, Object> args = args(snapshot, j);
          if (medium) {
            args.put("reason", whyNoSeat(byCode.get(j.cadres().get(0)), schedule.rules()));
          }
          String text = PlanningMessages.render("constraint." + id + ".broken", args);
          Explanation e = new Explanation(id, text);
          for (String cadre : j.cadres()) {
            brokenByCadre.computeIfAbsent(cadre, k -> new ArrayList<>()).add(e);
            brokenIds.computeIfAbsent(cadre, k -> new java.util.HashSet<>()).add(id);
          }
          if (j.cadres().isEmpty() && j.unit() != null) {
            brokenByUnit.computeIfAbsent(j.unit(), k -> new ArrayList<>()).add(e);
          }
          if (hard) {
            broken.add(new BrokenRule(id, j.cadres(), j.seat(), text));
          }
          if (medium) {
            unplaced.add(new BrokenRule(id, j.cadres(), j.seat(), text));
          }
        }
      }
      totals.add(
          new ConstraintScore(
              id, PlanningMessages.constraintName(id), hard, medium, penalty, matches));
    }

    Map<String, CadreScreening> screenings = new HashMap<>();
    report.cadres().forEach(c -> screenings.put(c.code(), c));
    List<PlannedMove> moves = new ArrayList<>();
    List<Candidate> shown =
        schedule.candidates().stream()
            .filter(c -> c.moves() || c.kind() != CandidateKind.ELIGIBLE || c.isLocked())
            .filter(
                c ->
                    c.moves()
                        || c.kind() != CandidateKind.ELIGIBLE
                        || c.getAcceptableSeats().size() > 0)
            .sorted(
                Comparator.comparing((Candidate c) -> !c.moves())
                    .thenComparing(Candidate::kind)
                    .thenComparing(Candidate::code))
            .toList();
    for (Candidate c : shown) {
      Seat from = c.currentSeat();
      Seat to = c.getSeat();
      List<Explanation> brokenHere =
          new ArrayList<>(brokenByCadre.getOrDefault(c.code(), List.of()));
      AssignmentForm form = to == null ? null : schedule.rules().formOf(c, to);
      Explanation formReason =
          to == null
              ? null
              : explanation(schedule.rules().forms().grounds(c.mover(), from.post(), to.post()));
      brokenHere.addAll(brokenByUnit.getOrDefault(from.unitCode(), List.of()));
      if (to != null && !to.unitCode().equals(from.unitCode())) {
        brokenHere.addAll(brokenByUnit.getOrDefault(to.unitCode(), List.of()));
      }
      moves.add(
          new PlannedMove(
              c.code(),
              c.name(),
              c.kind().name(),
              from.code(),
              from.name(),
              unitName(snapshot, from.unitCode()),
              to == null ? null : to.code(),
              to == null ? null : to.name(),
              to == null ? null : unitName(snapshot, to.unitCode()),
              form,
              formReason,
              c.isLocked() && c.getAcceptableSeats().size() > 0,
              grounds(screenings.get(c.code())),
              satisfied(
                  snapshot,
                  schedule.rules(),
                  c,
                  brokenIds.getOrDefault(c.code(), java.util.Set.of())),
              brokenHere));
    }
    return new RotationPlan(
        policy.id(),
        request.asOf(),
        analysis.penalty().hard(),
        analysis.penalty().medium(),
        analysis.penalty().soft(),
        moves,
        totals,
        broken,
        unplaced,
        targets,
        figures);
  }

  /** Why a cadre who must move is left in place, in a sentence: for each form, why it failed. */
  private static String whyNoSeat(Candidate c, MoveRules rules) {
    if (c == null) {
      return "";
    }
    NoSeatReason reason = c.whyNoSeat();
    String key = "constraint." + ConstraintIds.MUST_MOVE_PLACED + ".reason." + reason.name();
    if (reason == NoSeatReason.FORBIDDEN || reason == NoSeatReason.LOCKED) {
      return PlanningMessages.render(key, Map.of());
    }
    List<String> forms = new ArrayList<>();
    for (Policy.FormRule f : rules.forms().forms()) {
      String failure = c.formFailures().getOrDefault(f.form(), "seats-taken");
      forms.add(
          ScreeningMessages.render(
              rules.forms().formRefused(f.form(), c.mover(), List.of(failure))));
    }
    return PlanningMessages.render(key, Map.of("forms", String.join("; ", forms)));
  }

  private static Explanation explanation(vn.luanchuyen.shared.Reason reason) {
    return new Explanation(reason.code(), ScreeningMessages.render(reason));
  }

  private static List<Explanation> grounds(CadreScreening screening) {
    if (screening == null) {
      return List.of();
    }
    List<Explanation> out = new ArrayList<>();
    for (Verdict v : screening.verdicts()) {
      if (v.outcome() == Outcome.MUST_MOVE || v.outcome() == Outcome.ELIGIBLE) {
        out.add(new Explanation(v.reasonCode(), v.sentence()));
      }
    }
    return out;
  }

  private static List<Explanation> satisfied(
      RegistrySnapshot snapshot, MoveRules rules, Candidate c, java.util.Set<String> brokenIds) {
    List<String> ids = new ArrayList<>();
    Seat to = c.getSeat();
    if (to == null) {
      return List.of();
    }
    if (c.mustMove()) {
      ids.add(ConstraintIds.MUST_MOVE_LEAVES);
    }
    ids.add(ConstraintIds.LAWFUL_FORM);
    ids.add(ConstraintIds.NO_RETURN);
    if (to.nonLocalSeat()) {
      ids.add(ConstraintIds.NO_LOCAL_WARD_LEADER);
    }
    if (c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS) {
      ids.add(ConstraintIds.YOUNG_TO_GRASSROOTS);
    }
    ids.add(ConstraintIds.PLANNING_FIT);
    ids.add(ConstraintIds.VACATED_SEAT_FILLED);
    AssignmentForm form = rules.formOf(c, to);
    Map<String, Object> args =
        Map.of(
            "seat",
            to.name(),
            "unit",
            unitName(snapshot, to.unitCode()),
            "months",
            c.remainingMonths() == null ? "" : c.remainingMonths(),
            "form",
            form == null ? "" : ScreeningMessages.label(form));
    return ids.stream()
        .filter(id -> !brokenIds.contains(id))
        .map(id -> new Explanation(id, PlanningMessages.render("constraint." + id + ".kept", args)))
        .toList();
  }

  private static Map<String, Object> args(RegistrySnapshot snapshot, PlanJustification j) {
    Map<String, Object> args = new HashMap<>();
    args.put(
        "cadres",
        j.cadres().stream()
            .map(
                code ->
                    snapshot.cadre(code).map(c -> c.fullName() + " (" + code + ")").orElse(code))
            .collect(Collectors.joining(", ")));
    args.put(
        "seat",
        j.seat() == null ? "" : snapshot.position(j.seat()).map(Position::name).orElse(j.seat()));
    args.put("unit", j.unit() == null ? "" : unitName(snapshot, j.unit()));
    args.put("amount", j.amount());
    return args;
  }

  static String unitName(RegistrySnapshot snapshot, String unit) {
    return snapshot.unit(unit).map(Unit::name).orElse(unit);
  }
}
