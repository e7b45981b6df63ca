package vn.luanchuyen.approval;

import java.util.List;
import java.util.Set;

/**
 * An approval procedure: its steps in order (the last one decides) and the ballot rules.
 *
 * @param quorum the share of the collective's members that must be present
 * @param passAbove agree votes must be MORE than this share of the collective's members
 */
public record Procedure(String id, String name, List<Step> steps, Share quorum, Share passAbove) {

  public Procedure {
    steps = List.copyOf(steps);
  }

  /** A step: who may act and what it requires. */
  public record Step(
      String id, String name, String description, Set<String> roles, Set<Requirement> requires) {
    public Step {
      roles = Set.copyOf(roles);
      requires = Set.copyOf(requires);
    }

    /** Whether the actor holds one of the roles that may act at this step. */
    public boolean mayAct(Actor actor) {
      return actor.roles().stream().anyMatch(roles::contains);
    }
  }

  public Step step(int index) {
    return steps.get(index);
  }

  public int decidingIndex() {
    return steps.size() - 1;
  }

  public int indexOf(String stepId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    return -1;
  }
}
