package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of one area counted by the deputies target: the target is an average over them ("bình
 * quân 2 phó"), so the plan moves the area's total toward goal × units. A problem fact.
 *
 * @param area the area's code
 * @param departments how many units the area has
 * @param goalTotal the total number of deputies that makes the average the goal
 */
public record DeputyArea(@PlanningId String area, int departments, int goalTotal) {

  /** One per area of the departments, in their order. */
  static List<DeputyArea> of(List<Department> departments) {
    Map<String, int[]> byArea = new LinkedHashMap<>();
    for (Department d : departments) {
      int[] n = byArea.computeIfAbsent(d.area(), k -> new int[2]);
      n[0]++;
      n[1] += d.goal();
    }
    List<DeputyArea> areas = new ArrayList<>();
    byArea.forEach((area, n) -> areas.add(new DeputyArea(area, n[0], n[1])));
    return areas;
  }
}
