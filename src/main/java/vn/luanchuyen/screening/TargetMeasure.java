package vn.luanchuyen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.Comparison;
import vn.luanchuyen.policy.Policy.LocalEvidence;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.policy.Policy.TargetKind;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.RetirementSchedule;
import vn.luanchuyen.screening.TargetResult.Seat;
import vn.luanchuyen.screening.TargetResult.UnitCount;
import vn.luanchuyen.screening.TargetResult.YearEnd;
import vn.luanchuyen.shared.Reason;

/**
 * Measures one target on the as-of date: the filled seats with the target's roles in the units the
 * target names (by level and/or type, existing that day), and then, year by year to the deadline,
 * the same seats after their holders' retirements with nobody replacing them.
 */
final class TargetMeasure {

  private static final int DECIMALS = 4;

  private final RegistrySnapshot snapshot;
  private final Policy policy;
  private final LocalDate asOf;

  private final RetirementSchedule.Remembered retirements;

  /** Units per chunk of a target's count of filled seats by unit (2^11). */
  private static final int FILLED_SHIFT = 11;

  /** A unit's place in its chunk of {@link #FILLED_SHIFT}. */
  private static final int FILLED_MASK = (1 << FILLED_SHIFT) - 1;

  /**
   * Whether each unit exists on the as-of date, the same for every target; as bits, so that no
   * array of a registry's size is made (see {@link ChunkedList}).
   */
  private final BitSet unitExists;

  TargetMeasure(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
    this.retirements = policy.retirement().new Remembered();
    this.unitExists = new BitSet(snapshot.units.length);
    for (int u = 0; u < snapshot.units.length; u++) {
      unitExists.set(u, snapshot.units[u].existsOn(asOf));
    }
  }

  /** One filled seat: its holder, whether it counts, whether it counts as a "hit". */
  private record Counted(Seat seat, YearMonth holderRetires, boolean inDenominator, boolean hit) {}

  TargetResult measure(TargetDefinition target, List<DataQualityFinding> findings) {
    Unit[] units = snapshot.units;
    // the target's rule decides each distinct level, type and role once (TargetDefinition)
    boolean[][] covered = new boolean[snapshot.levelCodes.length][snapshot.typeCodes.length];
    for (int l = 0; l < covered.length; l++) {
      for (int t = 0; t < covered[l].length; t++) {
        covered[l][t] = target.coversUnit(snapshot.levelCodes[l], snapshot.typeCodes[t]);
      }
    }
    boolean[] counts = new boolean[snapshot.roleKeys.length];
    for (int r = 0; r < counts.length; r++) {
      String role = snapshot.roleKeys[r];
      counts[r] = role != null && target.roles().contains(role);
    }
    BitSet selected = new BitSet(units.length);
    for (int u = unitExists.nextSetBit(0); u >= 0; u = unitExists.nextSetBit(u + 1)) {
      selected.set(u, covered[snapshot.unitLevel[u]][snapshot.unitType[u]]);
    }
    int unitCount = selected.cardinality();
    // the filled seats of each unit, in chunks of units made as a seat is counted in one of them
    int[][] filled = new int[(units.length >> FILLED_SHIFT) + 1][];
    List<Counted> counted = new ChunkedList<>();
    boolean share = target.kind() == TargetKind.NON_LOCAL_SHARE;
    for (int p = 0; p < snapshot.positions.length; p++) {
      int u = snapshot.positionUnit[p];
      if (u < 0 || !selected.get(u) || !counts[snapshot.positionRole[p]]) {
        continue;
      }
      Position seat = snapshot.positions[p];
      int holder = holderOn(p);
      if (holder < 0) {
        continue;
      }
      int[] chunk = filled[u >> FILLED_SHIFT];
      if (chunk == null) {
        chunk = new int[FILLED_MASK + 1];
        filled[u >> FILLED_SHIFT] = chunk;
      }
      chunk[u & FILLED_MASK]++;
      Unit unit = units[u];
      Cadre cadre = snapshot.cadres[holder];
      Retirement retirement = retirements.retirementOrNull(cadre);
      YearMonth retires = retirement == null ? null : retirement.month();
      if (share) {
        counted.add(localSeat(seat, unit, cadre, retires, findings));
      } else {
        counted.add(
            new Counted(
                new Seat(seat.code(), unit.code(), cadre.code(), null, null, null, null),
                retires,
                true,
                true));
      }
    }
    int numerator = 0;
    int denominator = share ? 0 : unitCount;
    for (Counted c : counted) {
      if (share && c.inDenominator()) {
        denominator++;
      }
      if (c.hit() && c.inDenominator()) {
        numerator++;
      }
    }
    ChunkedList<UnitCount> perUnit = new ChunkedList<>();
    if (!share) {
      for (int u : snapshot.unitsByName()) {
        if (selected.get(u)) {
          int[] chunk = filled[u >> FILLED_SHIFT];
          perUnit.add(
              new UnitCount(
                  units[u].code(), units[u].name(), chunk == null ? 0 : chunk[u & FILLED_MASK]));
        }
      }
    }
    ChunkedList<Seat> seats = new ChunkedList<>();
    counted.forEach(c -> seats.add(c.seat()));
    return new TargetResult(
        target.id(),
        target.name(),
        target.kind(),
        value(numerator, denominator),
        target.goal(),
        target.comparison(),
        met(numerator, denominator, target),
        numerator,
        denominator,
        target.deadline(),
        seats.frozen(),
        perUnit.frozen(),
        projection(target, counted, share ? -1 : unitCount));
  }

  /** The cadre holding the seat on the as-of date (the latest to start if several), or -1. */
  private int holderOn(int position) {
    int day = RegistrySnapshot.day(asOf, 0);
    int holder = -1;
    int latest = Integer.MIN_VALUE;
    for (int k = snapshot.seatFrom[position]; k < snapshot.seatFrom[position + 1]; k++) {
      int s = snapshot.seatStays[k];
      int start = snapshot.stayStart[s];
      if (start <= day && snapshot.stayEnd[s] >= day && (holder < 0 || start > latest)) {
        latest = start;
        holder = snapshot.seatStayCadre[k];
      }
    }
    return holder;
  }

  private Counted localSeat(
      Position seat, Unit unit, Cadre cadre, YearMonth retires, List<DataQualityFinding> findings) {
    String locality = unit.localityCode();
    // in the order of the kinds, the same in every run (a copied Map's order changes from run to
    // run)
    Map<LocalEvidence, String> places =
        Collections.unmodifiableMap(new EnumMap<>(policy.local().placesOf(cadre)));
    List<LocalEvidence> matched = policy.local().matches(cadre, locality, snapshot.localities());
    if (locality == null || locality.isBlank()) {
      findings.add(
          new DataQualityFinding(
              null,
              unit.code(),
              new Reason(
                  "missing-locality",
                  "data-quality.missing-locality",
                  Facts.of("unit", unit.code(), "position", seat.code()))));
      return new Counted(
          new Seat(seat.code(), unit.code(), cadre.code(), null, null, List.of(), places),
          retires,
          false,
          false);
    }
    boolean local = !matched.isEmpty();
    return new Counted(
        new Seat(
            seat.code(), unit.code(), cadre.code(), locality, local, List.copyOf(matched), places),
        retires,
        true,
        !local);
  }

  private List<YearEnd> projection(TargetDefinition target, List<Counted> seats, int unitCount) {
    List<YearEnd> years = new ArrayList<>();
    if (target.deadline() == null) {
      return years;
    }
    for (int year = asOf.getYear(); year <= target.deadline().getYear(); year++) {
      YearMonth yearEnd = YearMonth.of(year, 12);
      int numerator = 0;
      int denominator = unitCount < 0 ? 0 : unitCount;
      for (Counted c : seats) {
        boolean stillHeld = c.holderRetires() == null || c.holderRetires().isAfter(yearEnd);
        if (!stillHeld || !c.inDenominator()) {
          continue;
        }
        if (unitCount < 0) {
          denominator++;
        }
        if (c.hit()) {
          numerator++;
        }
      }
      years.add(
          new YearEnd(
              year,
              numerator,
              denominator,
              value(numerator, denominator),
              met(numerator, denominator, target)));
    }
    return years;
  }

  static Double value(int numerator, int denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), DECIMALS, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Compares numerator / denominator with the goal exactly, without rounding. */
  static boolean met(int numerator, int denominator, TargetDefinition target) {
    if (denominator == 0) {
      return false;
    }
    int c =
        BigDecimal.valueOf(numerator)
            .compareTo(BigDecimal.valueOf(target.goal()).multiply(BigDecimal.valueOf(denominator)));
    Comparison comparison = target.comparison();
    return switch (comparison) {
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case EQUAL -> c == 0;
    };
  }
}
