package vn.luanchuyen.policy;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The age gates of Chỉ thị 45-CT/TW (14/4/2025) as data: a cadre entering a Party committee, a
 * People's Committee or a Front post for the first time needs one full term of working time left,
 * one standing again at least {@code reElectionMonths}, both counted at the reference month of the
 * body's congress or election.
 *
 * @param firstEntryMonths months left needed to enter a body for the first time (one term: 60)
 * @param reElectionMonths months left needed to stand again for the same body (48)
 * @param posts the posts the gates cover, in the policy's order; the first that covers a post is
 *     its gate
 */
public record AgeGates(int firstEntryMonths, int reElectionMonths, List<Gate> posts) {

  /** A policy without the age gates. */
  public static final AgeGates NONE = new AgeGates(0, 0, List.of());

  public AgeGates {
    posts = List.copyOf(posts);
  }

  /**
   * The posts of one body and the month its congress or election counts from.
   *
   * @param roles the role keys covered
   * @param levels only units of these levels; empty for any level
   * @param unitTypes only units of these types; empty for any type
   * @param referenceMonth the month the remaining working time is counted at
   */
  public record Gate(
      String id,
      String name,
      Set<String> roles,
      Set<String> levels,
      Set<String> unitTypes,
      YearMonth referenceMonth) {
    public Gate {
      roles = Set.copyOf(roles);
      levels = Set.copyOf(levels);
      unitTypes = Set.copyOf(unitTypes);
    }

    /** Whether a seat of this role in a unit of this level and type is one of the gate's posts. */
    public boolean covers(String roleKey, String levelCode, String typeCode) {
      return roles.contains(roleKey)
          && (levels.isEmpty() || levels.contains(levelCode))
          && (unitTypes.isEmpty() || unitTypes.contains(typeCode));
    }
  }

  /**
   * Why a cadre cannot enter a post: the months left at the reference month are fewer than needed.
   *
   * @param remainingMonths months from the reference month to the retirement month
   * @param requiredMonths the first-entry or re-election months the gate needs
   * @param reElection whether the cadre stands again for the same body
   */
  public record Shortfall(
      Gate gate,
      YearMonth retirementMonth,
      long remainingMonths,
      int requiredMonths,
      boolean reElection) {}

  /** The gate of a post, or empty when the age gates do not cover it. */
  public Optional<Gate> gateFor(String roleKey, String levelCode, String typeCode) {
    return posts.stream().filter(g -> g.covers(roleKey, levelCode, typeCode)).findFirst();
  }

  /**
   * Chỉ thị 45-CT/TW: the working time left at the gate's reference month, up to the retirement
   * month, must be at least one full term for a first entry and {@code reElectionMonths} for a
   * re-election. The one home of this rule.
   *
   * @return the shortfall, or empty when the cadre has the time
   */
  public Optional<Shortfall> shortfall(Gate gate, YearMonth retirementMonth, boolean reElection) {
    int required = reElection ? reElectionMonths : firstEntryMonths;
    long remaining = ChronoUnit.MONTHS.between(gate.referenceMonth(), retirementMonth);
    return remaining >= required
        ? Optional.empty()
        : Optional.of(new Shortfall(gate, retirementMonth, remaining, required, reElection));
  }
}
