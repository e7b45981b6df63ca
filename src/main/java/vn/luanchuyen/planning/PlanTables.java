package vn.luanchuyen.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.luanchuyen.shared.Table;

/**
 * A plan as workbook tables: the moves with their forms and reasons (the reason for a move's form
 * among its grounds), the score by constraint, the targets; each sheet titled with what it holds,
 * the policy's name and the day the moves are planned from.
 */
public final class PlanTables {
  private PlanTables() {}

  public static List<Table> of(RotationPlan plan, String policyName) {

    List<List<Object>> moves = new ArrayList<>();
    for (PlannedMove m : plan.moves()) {
      moves.add(
          Arrays.asList(
              m.cadre(),
              m.cadreName(),
              PlanningMessages.render("kind." + m.kind(), Map.of()),
              m.form() == null ? null : m.form().label(),
              m.fromSeatName(),
              m.fromUnit(),
              m.moves() ? m.toSeatName() : t("export.stays"),
              m.toUnit(),
              m.formReason() == null
                  ? join(m.grounds())
                  : join(m.grounds()) + (m.grounds().isEmpty() ? "" : "; ") + m.formReason().text(),
              join(m.satisfied()),
              join(m.broken())));
    }
    List<List<Object>> scores = new ArrayList<>();
    for (ConstraintScore c : plan.constraints()) {
      scores.add(
          Arrays.asList(
              c.name(),
              c.hard() ? t("export.hard") : c.medium() ? t("export.medium") : t("export.soft"),
              c.penalty(),
              c.matches()));
    }
    List<List<Object>> targets = new ArrayList<>();
    for (TargetChange t : plan.targets()) {
      targets.add(
          Arrays.asList(t.name(), shown(t, t.goal()), shown(t, t.before()), shown(t, t.after())));
    }
    return List.of(
        new Table(
            t("export.sheet.moves"),
            title(t("export.sheet.moves"), policyName, plan),
            List.of(
                t("export.code"),
                t("export.name"),
                t("export.kind"),
                t("export.form"),
                t("export.fromSeat"),
                t("export.fromUnit"),
                t("export.toSeat"),
                t("export.toUnit"),
                t("export.grounds"),
                t("export.satisfied"),
                t("export.broken")),
            moves),
        new Table(
            t("export.sheet.constraints"),
            title(t("export.sheet.constraints"), policyName, plan),
            List.of(
                t("export.constraint"), t("export.type"), t("export.penalty"), t("export.matches")),
            scores),
        new Table(
            t("export.sheet.targets"),
            title(t("export.sheet.targets"), policyName, plan),
            List.of(
                t("export.sheet.targets"), t("export.goal"), t("export.before"), t("export.after")),
            targets));
  }

  private static String title(String sheet, String policyName, RotationPlan plan) {
    return PlanningMessages.render(
        "export.title",
        Map.of(
            "sheet",
            sheet,
            "policy",
            policyName,
            "asOf",
            plan.asOf().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
  }

  private static String t(String key) {
    return PlanningMessages.render(key, Map.of());
  }

  private static String join(List<Explanation> list) {
    return list.stream().map(Explanation::text).collect(Collectors.joining("; "));
  }

  /** A share as a percentage cell, any other figure as a number. */
  private static Object shown(TargetChange t, Double value) {
    return value != null && t.share() ? new Table.Percent(value) : value;
  }
}
