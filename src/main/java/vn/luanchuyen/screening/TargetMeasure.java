package vn.luanchuyen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.screening.Policy.Comparison;
import vn.luanchuyen.screening.Policy.LocalEvidence;
import vn.luanchuyen.screening.Policy.TargetDefinition;
import vn.luanchuyen.screening.Policy.TargetKind;
import vn.luanchuyen.screening.TargetResult.Seat;
import vn.luanchuyen.screening.TargetResult.UnitCount;
import vn.luanchuyen.screening.TargetResult.YearEnd;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.VietnameseOrder;

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

  TargetMeasure(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
  }

  /** One filled seat: its holder, whether it counts, whether it counts as a "hit". */
  private record Counted(Seat seat, YearMonth holderRetires, boolean inDenominator, boolean hit) {}

  TargetResult measure(TargetDefinition target, List<DataQualityFinding> findings) {
    Unit[] units = snapshot.units;
    boolean[] selected = new boolean[units.length];
    int[] filled = new int[units.length];
    int unitCount = 0;
    for (int u = 0; u < units.length; u++) {
      selected[u] = selected(target, units[u]);
      unitCount += selected[u] ? 1 : 0;
    }
    List<Counted> counted = new ArrayList<>();
    boolean share = target.kind() == TargetKind.NON_LOCAL_SHARE;
    for (int p = 0; p < snapshot.positions.length; p++) {
      int u = snapshot.positionUnit[p];
      Position seat = snapshot.positions[p];
      if (u < 0 || !selected[u] || !target.roles().contains(seat.roleKey())) {
        continue;
      }
      int holder = holderOn(p);
      if (holder < 0) {
        continue;
      }
      filled[u]++;
      Unit unit = units[u];
      Cadre cadre = snapshot.cadres[holder];
      Retirement retirement = policy.retirement().retirementOrNull(cadre);
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
    List<UnitCount> perUnit = new ArrayList<>();
    if (!share) {
      for (int u = 0; u < units.length; u++) {
        if (selected[u]) {
          perUnit.add(new UnitCount(units[u].code(), units[u].name(), filled[u]));
        }
      }
    }
    perUnit = VietnameseOrder.sorted(perUnit, UnitCount::name);
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
        counted.stream().map(Counted::seat).toList(),
        perUnit,
        projection(target, counted, share ? -1 : unitCount));
  }

  private boolean selected(TargetDefinition target, Unit unit) {
    return target.coversUnit(unit.levelCode(), unit.typeCode()) && unit.existsOn(asOf);
  }

  /** The cadre holding the seat on the as-of date (the latest to start if several), or -1. */
  private int holderOn(int position) {
    Assignment[] stays = snapshot.seatStays[position];
    int holder = -1;
    LocalDate latest = null;
    for (int k = 0; k < stays.length; k++) {
      if (stays[k].heldOn(asOf) && (latest == null || stays[k].startDate().isAfter(latest))) {
        latest = stays[k].startDate();
        holder = snapshot.seatStayCadre[position][k];
      }
    }
    return holder;
  }

  private Counted localSeat(
      Position seat, Unit unit, Cadre cadre, YearMonth retires, List<DataQualityFinding> findings) {
    String locality = unit.localityCode();
    Map<LocalEvidence, String> places = policy.local().placesOf(cadre);
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
          new Seat(
              seat.code(), unit.code(), cadre.code(), null, null, List.of(), Map.copyOf(places)),
          retires,
          false,
          false);
    }
    boolean local = !matched.isEmpty();
    return new Counted(
        new Seat(
            seat.code(),
            unit.code(),
            cadre.code(),
            locality,
            local,
            List.copyOf(matched),
            Map.copyOf(places)),
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
