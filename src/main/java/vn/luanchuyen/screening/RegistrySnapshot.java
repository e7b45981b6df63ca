package vn.luanchuyen.screening;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.Localities;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The registry in memory, indexed once for screening: units, seats and cadres by code, each cadre's
 * stays sorted by seat and start, each seat's stays, and the cadre's planning, assessments and
 * discipline. Building it also finds the data-quality problems that do not depend on the as-of date
 * (unknown codes, missing birth dates, stays ending before they start, overlapping stays, two
 * cadres in one seat at once). Immutable and safe to share between threads.
 */
public final class RegistrySnapshot {

  private static final Assignment[] NO_STAYS = new Assignment[0];
  private static final int[] NO_INDEXES = new int[0];
  private static final boolean[] NO_FLAGS = new boolean[0];
  private static final SuccessionEntry[] NO_PLANNING = new SuccessionEntry[0];
  private static final Assessment[] NO_ASSESSMENTS = new Assessment[0];
  private static final Discipline[] NO_DISCIPLINE = new Discipline[0];

  /** Orders a cadre's stays by seat, then start (unknown starts first). */
  private static final Comparator<Assignment> BY_SEAT_AND_START =
      Comparator.comparing(
              Assignment::positionCode, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Assignment::startDate, Comparator.nullsFirst(Comparator.naturalOrder()));

  final Unit[] units;
  final Position[] positions;

  /** The unit index of each seat, -1 when its unit is unknown. */
  final int[] positionUnit;

  final Cadre[] cadres;

  /** Each cadre's stays, sorted by seat code and start. */
  final Assignment[][] stays;

  /** The seat index of each of a cadre's stays, -1 when the seat is unknown. */
  final int[][] stayPosition;

  /** Whether each stay has a known seat, a start, and no end before its start. */
  final boolean[][] stayUsable;

  /** Each seat's usable stays, and the cadre index of each. */
  final Assignment[][] seatStays;

  final int[][] seatStayCadre;
  final SuccessionEntry[][] planning;
  final Assessment[][] assessments;
  final Discipline[][] disciplines;

  private final CodeIndex unitIndex;
  private final Localities localities;
  private final CodeIndex positionIndex;
  private final CodeIndex cadreIndex;
  private final List<DataQualityFinding>[] cadreFindings;
  private final List<DataQualityFinding> findings;

  private RegistrySnapshot(Builder b) {
    this.units = b.units;
    this.positions = b.positions;
    this.positionUnit = b.positionUnit;
    this.cadres = b.cadres;
    this.stays = b.stays;
    this.stayPosition = b.stayPosition;
    this.stayUsable = b.stayUsable;
    this.seatStays = b.seatStays;
    this.seatStayCadre = b.seatStayCadre;
    this.planning = b.planning;
    this.assessments = b.assessments;
    this.disciplines = b.disciplines;
    this.unitIndex = b.unitIndex;
    this.localities = Localities.of(Arrays.asList(b.units));
    this.positionIndex = b.positionIndex;
    this.cadreIndex = b.cadreIndex;
    this.cadreFindings = b.cadreFindings;
    this.findings = Collections.unmodifiableList(b.findings);
  }

  /** Indexes the registry's records; nothing is dropped without a data-quality finding. */
  public static RegistrySnapshot of(RegistryContent registry) {
    return new RegistrySnapshot(
        new Builder()
            .units(registry.units())
            .positions(registry.positions())
            .cadres(registry.cadres())
            .assignments(registry.assignments())
            .planning(registry.planning())
            .assessments(registry.assessments())
            .disciplines(registry.disciplines()));
  }

  /** The registry's localities linked through its units' merges. */
  public Localities localities() {
    return localities;
  }

  public int cadreCount() {
    return cadres.length;
  }

  public Optional<Cadre> cadre(String code) {
    int i = cadreIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(cadres[i]);
  }

  public Optional<Position> position(String code) {
    int i = positionIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(positions[i]);
  }

  public Optional<Unit> unit(String code) {
    int i = unitIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(units[i]);
  }

  /** Every unit, in snapshot order. */
  public List<Unit> units() {
    return Collections.unmodifiableList(Arrays.asList(units));
  }

  /** Every seat, in snapshot order. */
  public List<Position> positions() {
    return Collections.unmodifiableList(Arrays.asList(positions));
  }

  /** Every cadre, in snapshot order. */
  public List<Cadre> cadres() {
    return Collections.unmodifiableList(Arrays.asList(cadres));
  }

  /** A cadre's stays with a known seat and start, by seat then start; empty for an unknown code. */
  public List<Assignment> usableStaysOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    if (i < 0) {
      return List.of();
    }
    List<Assignment> usable = new ArrayList<>(stays[i].length);
    for (int s = 0; s < stays[i].length; s++) {
      if (stayUsable[i][s]) {
        usable.add(stays[i][s]);
      }
    }
    return usable;
  }

  /** A cadre's planning entries; empty for an unknown code. */
  public List<SuccessionEntry> planningOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : Arrays.asList(planning[i]);
  }

  /** A cadre's disciplinary decisions; empty for an unknown code. */
  public List<Discipline> disciplinesOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : Arrays.asList(disciplines[i]);
  }

  /** A cadre's annual assessments; empty for an unknown code. */
  public List<Assessment> assessmentsOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : Arrays.asList(assessments[i]);
  }

  /** The data-quality findings that do not depend on the as-of date. */
  public List<DataQualityFinding> dataQuality() {
    return findings;
  }

  int cadreIndexOf(String code) {
    return cadreIndex.indexOf(code);
  }

  /** The unit of a seat, or null when unknown. */
  Unit unitOfPosition(int position) {
    int u = positionUnit[position];
    return u < 0 ? null : units[u];
  }

  List<DataQualityFinding> findingsOf(int cadre) {
    return cadreFindings[cadre];
  }

  /** Collects the arrays; each step reads one list and may add findings. */
  private static final class Builder {
    Unit[] units;
    Position[] positions;
    int[] positionUnit;
    Cadre[] cadres;
    Assignment[][] stays;
    int[][] stayPosition;
    boolean[][] stayUsable;
    Assignment[][] seatStays;
    int[][] seatStayCadre;
    SuccessionEntry[][] planning;
    Assessment[][] assessments;
    Discipline[][] disciplines;
    CodeIndex unitIndex;
    CodeIndex positionIndex;
    CodeIndex cadreIndex;
    List<DataQualityFinding>[] cadreFindings;
    final List<DataQualityFinding> findings = new ArrayList<>();
    final Map<Integer, List<DataQualityFinding>> findingsByCadre = new HashMap<>();

    Builder units(List<Unit> list) {
      List<Unit> kept = new ArrayList<>(list.size());
      unitIndex = new CodeIndex(list.size());
      for (Unit u : list) {
        if (unitIndex.add(u.code()) >= 0) {
          kept.add(u);
        } else {
          add(null, u.code(), "duplicate-unit", Map.of("unit", u.code()));
        }
      }
      units = kept.toArray(Unit[]::new);
      return this;
    }

    Builder positions(List<Position> list) {
      List<Position> kept = new ArrayList<>(list.size());
      positionIndex = new CodeIndex(list.size());
      for (Position p : list) {
        if (positionIndex.add(p.code()) >= 0) {
          kept.add(p);
        } else {
          add(null, p.code(), "duplicate-position", Map.of("position", p.code()));
        }
      }
      positions = kept.toArray(Position[]::new);
      positionUnit = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        int u = positions[i].unitCode() == null ? -1 : unitIndex.indexOf(positions[i].unitCode());
        positionUnit[i] = u;
        if (u < 0) {
          add(
              null,
              positions[i].code(),
              "position-unknown-unit",
              Map.of(
                  "position",
                  positions[i].code(),
                  "unit",
                  String.valueOf(positions[i].unitCode())));
        }
      }
      return this;
    }

    Builder cadres(List<Cadre> list) {
      List<Cadre> kept = new ArrayList<>(list.size());
      cadreIndex = new CodeIndex(list.size());
      for (Cadre c : list) {
        if (cadreIndex.add(c.code()) >= 0) {
          kept.add(c);
        } else {
          add(null, c.code(), "duplicate-cadre", Map.of("cadre", c.code()));
        }
      }
      cadres = kept.toArray(Cadre[]::new);
      for (int i = 0; i < cadres.length; i++) {
        Cadre c = cadres[i];
        if (c.birthDate() == null) {
          addForCadre(i, c.code(), "missing-birth-date", Map.of("cadre", c.code()));
        }
        if (c.sex() == null && c.retirementOverride() == null) {
          addForCadre(i, c.code(), "missing-sex", Map.of("cadre", c.code()));
        }
        if (c.retirementOverride() != null
            && (c.retirementOverrideReason() == null || c.retirementOverrideReason().isBlank())) {
          addForCadre(
              i,
              c.code(),
              "override-without-reason",
              Map.of("cadre", c.code(), "retirementMonth", c.retirementOverride()));
        }
      }
      return this;
    }

    Builder assignments(List<Assignment> list) {
      int n = cadres.length;
      int[] counts = new int[n];
      int[] owner = new int[list.size()];
      String previous = null;
      int c = -1;
      for (int k = 0; k < list.size(); k++) {
        Assignment a = list.get(k);
        // a registry lists a cadre's stays together: look the code up once per cadre
        if (a.cadreCode() != previous) {
          previous = a.cadreCode();
          c = previous == null ? -1 : cadreIndex.indexOf(previous);
        }
        owner[k] = c;
        if (c < 0) {
          unknownCadre(a.cadreCode(), String.valueOf(a.positionCode()), "assignment");
        } else {
          counts[c]++;
        }
      }
      stays = new Assignment[n][];
      for (int i = 0; i < n; i++) {
        stays[i] = counts[i] == 0 ? NO_STAYS : new Assignment[counts[i]];
      }
      int[] fill = new int[n];
      for (int k = 0; k < list.size(); k++) {
        if (owner[k] >= 0) {
          stays[owner[k]][fill[owner[k]]++] = list.get(k);
        }
      }
      stayPosition = new int[n][];
      stayUsable = new boolean[n][];
      int[] seatCounts = new int[positions.length];
      for (int i = 0; i < n; i++) {
        indexStays(i, seatCounts);
      }
      fillSeats(seatCounts);
      return this;
    }

    private void indexStays(int i, int[] seatCounts) {
      Assignment[] own = stays[i];
      sortBySeatAndStart(own);
      int[] seat = own.length == 0 ? NO_INDEXES : new int[own.length];
      boolean[] usable = own.length == 0 ? NO_FLAGS : new boolean[own.length];
      String cadre = cadres[i].code();
      for (int s = 0; s < own.length; s++) {
        Assignment a = own[s];
        int p;
        if (s > 0
            && a.positionCode() != null
            && a.positionCode().equals(own[s - 1].positionCode())) {
          p = seat[s - 1];
        } else {
          p = a.positionCode() == null ? -1 : positionIndex.indexOf(a.positionCode());
        }
        seat[s] = p;
        if (p < 0) {
          addForCadre(
              i,
              String.valueOf(a.positionCode()),
              "unknown-position",
              Map.of("cadre", cadre, "position", String.valueOf(a.positionCode())));
        }
        if (a.startDate() == null) {
          addForCadre(
              i,
              String.valueOf(a.positionCode()),
              "missing-start",
              Map.of("cadre", cadre, "position", String.valueOf(a.positionCode())));
        } else if (a.endDate() != null && a.endDate().isBefore(a.startDate())) {
          addForCadre(
              i,
              String.valueOf(a.positionCode()),
              "end-before-start",
              Map.of(
                  "cadre",
                  cadre,
                  "position",
                  String.valueOf(a.positionCode()),
                  "startDate",
                  a.startDate(),
                  "endDate",
                  a.endDate()));
        } else if (p >= 0) {
          usable[s] = true;
          seatCounts[p]++;
        }
      }
      for (int s = 1; s < own.length; s++) {
        int prev = previousUsableInSeat(own, seat, usable, s);
        if (usable[s] && prev >= 0 && own[prev].overlaps(own[s])) {
          addForCadre(
              i,
              own[s].positionCode(),
              "overlapping-stays",
              Map.of(
                  "cadre",
                  cadre,
                  "position",
                  own[s].positionCode(),
                  "startDate",
                  own[s].startDate(),
                  "otherStartDate",
                  own[prev].startDate()));
        }
      }
      stayPosition[i] = seat;
      stayUsable[i] = usable;
    }

    /**
     * Sorts a cadre's stays by seat code, then start (unknown first). A cadre has a handful of
     * stays, so an insertion sort without a comparator object does it fastest.
     */
    private static void sortBySeatAndStart(Assignment[] own) {
      if (own.length > 16) {
        Arrays.sort(own, BY_SEAT_AND_START);
        return;
      }
      for (int s = 1; s < own.length; s++) {
        Assignment a = own[s];
        int k = s - 1;
        while (k >= 0 && compareBySeatAndStart(own[k], a) > 0) {
          own[k + 1] = own[k];
          k--;
        }
        own[k + 1] = a;
      }
    }

    private static int compareBySeatAndStart(Assignment a, Assignment b) {
      int bySeat = compareNullsFirst(a.positionCode(), b.positionCode());
      return bySeat != 0 ? bySeat : compareNullsFirst(a.startDate(), b.startDate());
    }

    private static <T extends Comparable<? super T>> int compareNullsFirst(T a, T b) {
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : -1) : 1;
      }
      return a.compareTo(b);
    }

    private static int previousUsableInSeat(Assignment[] own, int[] seat, boolean[] usable, int s) {
      for (int k = s - 1; k >= 0 && seat[k] == seat[s]; k--) {
        if (usable[k]) {
          return k;
        }
      }
      return -1;
    }

    private void fillSeats(int[] seatCounts) {
      seatStays = new Assignment[positions.length][];
      seatStayCadre = new int[positions.length][];
      for (int p = 0; p < positions.length; p++) {
        seatStays[p] = seatCounts[p] == 0 ? NO_STAYS : new Assignment[seatCounts[p]];
        seatStayCadre[p] = seatCounts[p] == 0 ? NO_INDEXES : new int[seatCounts[p]];
      }
      int[] fill = new int[positions.length];
      for (int i = 0; i < cadres.length; i++) {
        for (int s = 0; s < stays[i].length; s++) {
          if (stayUsable[i][s]) {
            int p = stayPosition[i][s];
            seatStays[p][fill[p]] = stays[i][s];
            seatStayCadre[p][fill[p]++] = i;
          }
        }
      }
      for (int p = 0; p < positions.length; p++) {
        findSharedSeat(p);
      }
    }

    /** Two different cadres holding one seat on the same day. */
    private void findSharedSeat(int p) {
      Assignment[] seat = seatStays[p];
      if (seat.length < 2) {
        return;
      }
      // by start, then by place in the seat's list (a stable order): day << 32 | place
      long[] order = new long[seat.length];
      for (int k = 0; k < seat.length; k++) {
        order[k] = (seat[k].startDate().toEpochDay() << 32) | k;
      }
      Arrays.sort(order);
      int open = (int) order[0];
      for (int k = 1; k < order.length; k++) {
        int next = (int) order[k];
        if (seatStayCadre[p][next] != seatStayCadre[p][open] && seat[open].overlaps(seat[next])) {
          int later = seatStayCadre[p][next];
          addForCadre(
              later,
              positions[p].code(),
              "shared-seat",
              Map.of(
                  "cadre",
                  cadres[later].code(),
                  "otherCadre",
                  cadres[seatStayCadre[p][open]].code(),
                  "position",
                  positions[p].code(),
                  "startDate",
                  seat[next].startDate()));
        }
        if (endsLater(seat[next], seat[open])) {
          open = next;
        }
      }
    }

    private static boolean endsLater(Assignment a, Assignment b) {
      if (b.endDate() == null) {
        return false;
      }
      return a.endDate() == null || a.endDate().isAfter(b.endDate());
    }

    Builder planning(List<SuccessionEntry> list) {
      planning =
          group(list, SuccessionEntry::cadreCode, SuccessionEntry[]::new, NO_PLANNING, "planning");
      return this;
    }

    Builder assessments(List<Assessment> list) {
      assessments =
          group(list, Assessment::cadreCode, Assessment[]::new, NO_ASSESSMENTS, "assessment");
      return this;
    }

    Builder disciplines(List<Discipline> list) {
      disciplines =
          group(list, Discipline::cadreCode, Discipline[]::new, NO_DISCIPLINE, "discipline");
      for (int i = 0; i < disciplines.length; i++) {
        for (Discipline d : disciplines[i]) {
          if (d.decidedOn() == null || d.form() == null) {
            addForCadre(
                i, cadres[i].code(), "incomplete-discipline", Map.of("cadre", cadres[i].code()));
          }
        }
      }
      @SuppressWarnings("unchecked")
      List<DataQualityFinding>[] byCadre = new List[cadres.length];
      Arrays.fill(byCadre, List.of());
      findingsByCadre.forEach((i, found) -> byCadre[i] = List.copyOf(found));
      cadreFindings = byCadre;
      return this;
    }

    private <T> T[][] group(
        List<T> list,
        Function<T, String> cadreOf,
        IntFunction<T[]> arrays,
        T[] empty,
        String record) {
      int n = cadres.length;
      int[] counts = new int[n];
      int[] owner = new int[list.size()];
      String previous = null;
      int c = -1;
      for (int k = 0; k < list.size(); k++) {
        String code = cadreOf.apply(list.get(k));
        if (code != previous) {
          previous = code;
          c = code == null ? -1 : cadreIndex.indexOf(code);
        }
        owner[k] = c;
        if (c < 0) {
          unknownCadre(code, String.valueOf(code), record);
        } else {
          counts[c]++;
        }
      }
      @SuppressWarnings("unchecked")
      T[][] typed = (T[][]) Array.newInstance(empty.getClass(), n);
      for (int i = 0; i < n; i++) {
        typed[i] = counts[i] == 0 ? empty : arrays.apply(counts[i]);
      }
      int[] fill = new int[n];
      for (int k = 0; k < list.size(); k++) {
        if (owner[k] >= 0) {
          typed[owner[k]][fill[owner[k]]++] = list.get(k);
        }
      }
      return typed;
    }

    /** A record of the given kind names a cadre that is not in the registry. */
    private void unknownCadre(String cadre, String subject, String record) {
      findings.add(
          new DataQualityFinding(
              cadre,
              subject,
              new Reason(
                  "unknown-cadre",
                  "data-quality.unknown-cadre." + record,
                  Map.of("cadre", String.valueOf(cadre), "subject", subject))));
    }

    private void add(String cadre, String subject, String code, Map<String, Object> args) {
      findings.add(finding(cadre, subject, code, args));
    }

    private void addForCadre(int i, String subject, String code, Map<String, Object> args) {
      DataQualityFinding f = finding(cadres[i].code(), subject, code, args);
      findings.add(f);
      findingsByCadre.computeIfAbsent(i, k -> new ArrayList<>(2)).add(f);
    }

    private static DataQualityFinding finding(
        String cadre, String subject, String code, Map<String, Object> args) {
      return new DataQualityFinding(cadre, subject, new Reason(code, "data-quality." + code, args));
    }
  }

  /** Whether a day lies in a stay, tolerating an unknown start (never held then). */
  static boolean heldOn(Assignment a, LocalDate day) {
    return a.startDate() != null && a.heldOn(day);
  }
}
