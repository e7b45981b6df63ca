package vn.luanchuyen.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.planning.solver.Candidate;
import vn.luanchuyen.planning.solver.RotationSchedule;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.TargetResult;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Re-measures the policy's targets after a plan: the registry as it would be on the move date with
 * every planned move made (the mover's stay closed the day before, the new stay opened that day),
 * screened again.
 */
final class TargetsAfterPlan {

  private TargetsAfterPlan() {}

  /** Each target before the plan and after its moves, measured by screening as of the day. */
  static List<TargetChange> measure(
      RotationScreening screening,
      RegistrySnapshot snapshot,
      ScreeningReport report,
      Policy policy,
      PlanRequest request,
      RotationSchedule schedule) {
    if (policy.targets().isEmpty()) {
      return List.of();
    }
    Map<String, Candidate> moving = new HashMap<>();
    schedule.candidates().stream().filter(Candidate::moves).forEach(c -> moving.put(c.code(), c));
    List<Assignment> assignments = new ArrayList<>();
    List<SuccessionEntry> planning = new ArrayList<>();
    for (Cadre cadre : snapshot.cadres()) {
      Candidate c = moving.get(cadre.code());
      for (Assignment a : snapshot.usableStaysOf(cadre.code())) {
        if (c != null
            && a.positionCode().equals(c.currentSeat().code())
            && a.heldOn(request.asOf())) {
          if (a.startDate().isBefore(request.asOf())) {
            assignments.add(
                new Assignment(
                    a.id(),
                    a.cadreCode(),
                    a.positionCode(),
                    a.startDate(),
                    request.asOf().minusDays(1),
                    a.form(),
                    a.decisionNumber(),
                    a.version()));
          }
        } else {
          assignments.add(a);
        }
      }
      if (c != null) {
        assignments.add(
            new Assignment(
                null,
                cadre.code(),
                c.getSeat().code(),
                request.asOf(),
                null,
                schedule.rules().formOf(c, c.getSeat()),
                null,
                0));
      }
      planning.addAll(snapshot.planningOf(cadre.code()));
    }
    RegistrySnapshot after =
        RegistrySnapshot.of(
            RegistryContent.of(
                snapshot.units(),
                snapshot.positions(),
                snapshot.cadres(),
                assignments,
                planning,
                List.of(),
                List.of()));
    ScreeningReport afterReport = screening.screen(after, policy, request.asOf());
    List<TargetChange> changes = new ArrayList<>();
    for (TargetResult before : report.targets()) {
      Double afterValue = afterReport.target(before.target()).map(TargetResult::value).orElse(null);
      changes.add(
          new TargetChange(
              before.target(),
              before.name(),
              before.goal(),
              before.comparison().name(),
              before.value(),
              afterValue,
              before.kind() == Policy.TargetKind.NON_LOCAL_SHARE));
    }
    return changes;
  }
}
