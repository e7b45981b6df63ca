package vn.luanchuyen.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Fills one district's seats as they stood on the reference date and gives every holder a career
 * reaching back 10 to 25 years.
 *
 * <p>Seats are filled first, heads before deputies before the ward organisations, so a smaller
 * cadre count leaves the least important seats vacant. Then the figures the founding plan turns on
 * are placed on purpose: a few heads past 8 years in post and a few just short of it, deputies past
 * and just short of 5 years, a minority of non-local ward secretaries and chairs, young district
 * deputies who never led a ward. Careers are then built backwards from each current seat, one stay
 * at a time, each in a seat that is free for the whole stay, so no seat ever has two holders on one
 * day.
 */
final class DistrictSimulation {

  static final LocalDate REFERENCE = LocalDate.of(2022, 6, 30);
  static final int REF = Days.of(REFERENCE);

  private static final int YEAR = 365;
  private static final int SCAN_LIMIT = 48;
  private static final int EARLIEST_HISTORY = Days.of(1997, 7, 1);
  private static final int VETERANS_BORN_BEFORE = Days.of(1973, 1, 1);
  private static final int PILOT_WITHOUT_WARD_COUNCILS = Days.of(2021, 7, 1);
  private static final Term PARTY_TERM_NOW = new Term(2020, 2025);
  private static final Term STATE_TERM_NOW = new Term(2021, 2026);
  private static final Term PARTY_TERM_NEXT = new Term(2025, 2030);
  private static final Term STATE_TERM_NEXT = new Term(2026, 2031);
  private static final Set<String> PARTY_ROLES =
      Set.of(
          "BI_THU",
          "PHO_BI_THU",
          "TRUONG_BAN",
          "PHO_TRUONG_BAN",
          "CHU_TICH_MTTQ",
          "PHO_CHU_TICH_MTTQ",
          "CHU_TICH_DOAN_THE",
          "PHO_CHU_TICH_DOAN_THE");
  private static final Set<String> ELECTED_ROLES =
      Set.of(
          "BI_THU",
          "PHO_BI_THU",
          "CHU_TICH_MTTQ",
          "PHO_CHU_TICH_MTTQ",
          "CHU_TICH_DOAN_THE",
          "PHO_CHU_TICH_DOAN_THE");
  private static final Set<String> COUNCIL_ELECTED_ROLES =
      Set.of("CHU_TICH_UBND", "PHO_CHU_TICH_UBND");

  /** What one district contributes to the registry. */
  record Part(
      List<Unit> units,
      List<Position> positions,
      List<Cadre> cadres,
      List<Assignment> assignments,
      List<SuccessionEntry> planning,
      List<Assessment> assessments,
      List<Discipline> disciplines) {}

  private static final class Stay {
    final Seat seat;
    final int start;
    final int end;
    final boolean reappointment;

    Stay(Seat seat, int start, int end, boolean reappointment) {
      this.seat = seat;
      this.start = start;
      this.end = end;
      this.reappointment = reappointment;
    }
  }

  private static final class Draft {
    final Seat seat;
    final String code;
    Sex sex;
    int birth;
    PartialDate recordedBirth;
    String hometown;
    String residence;
    int tenureMonths;
    boolean split;
    boolean young;
    boolean nearRetirement;
    boolean designated;
    boolean nonLocal;
    boolean female;
    boolean disciplinedNow;
    YearMonth retirementOverride;
    String retirementOverrideReason;
    final List<Stay> stays = new ArrayList<>(6);

    Draft(Seat seat, String code) {
      this.seat = seat;
      this.code = code;
    }

    boolean held(Seat candidate) {
      for (Stay stay : stays) {
        if (stay.seat == candidate) {
          return true;
        }
      }
      return false;
    }

    int birthYear() {
      return Days.date(birth).getYear();
    }
  }

  private record Choice(Seat seat, int start) {}

  private enum Scope {
    OWN,
    OTHER,
    ANY
  }

  private record Target(String role, Scope scope) {}

  private final DistrictLayout layout;
  private final SplittableRandom random;
  private final int cadreCount;
  private final int firstNumber;
  private final int codeWidth;
  private final Seat[][] seatsByTier = new Seat[6][];
  private final Seat[][] districtSeatsByTier = new Seat[6][];
  private final List<Draft> drafts = new ArrayList<>();
  private Choice candidate;
  private Choice shortCandidate;

  DistrictSimulation(
      DistrictLayout layout,
      SplittableRandom random,
      int cadreCount,
      int firstNumber,
      int codeWidth) {
    this.layout = layout;
    this.random = random;
    this.cadreCount = cadreCount;
    this.firstNumber = firstNumber;
    this.codeWidth = codeWidth;
    for (int tier = 0; tier <= 5; tier++) {
      List<Seat> all = new ArrayList<>();
      List<Seat> district = new ArrayList<>();
      for (Seat seat : layout.seats) {
        if (seat.tier == tier) {
          all.add(seat);
          if (!seat.isWardLevel()) {
            district.add(seat);
          }
        }
      }
      seatsByTier[tier] = all.toArray(new Seat[0]);
      districtSeatsByTier[tier] = district.toArray(new Seat[0]);
    }
  }

  Part run() {
    fillSeats();
    designate();
    for (Draft draft : drafts) {
      describe(draft);
    }
    buildCareers();
    List<Discipline> disciplines = discipline();
    overrideRetirements();

    List<Position> positions = new ArrayList<>(layout.seats.size());
    for (Seat seat : layout.seats) {
      positions.add(seat.position);
    }
    List<Cadre> cadres = new ArrayList<>(drafts.size());
    List<Assignment> assignments = new ArrayList<>(drafts.size() * 4);
    List<SuccessionEntry> planning = new ArrayList<>(drafts.size());
    List<Assessment> assessments = new ArrayList<>(drafts.size() * 5);
    for (Draft draft : drafts) {
      List<Assignment> history = assignments(draft);
      assignments.addAll(history);
      cadres.add(cadre(draft, history.get(0).startDate()));
      plan(draft, planning);
    }
    assess(assessments);
    return new Part(
        layout.units, positions, cadres, assignments, planning, assessments, disciplines);
  }

  private void fillSeats() {
    List<Seat> chosen = new ArrayList<>(cadreCount);
    for (int tier = 5; tier >= 1 && chosen.size() < cadreCount; tier--) {
      List<Seat> open = new ArrayList<>();
      for (Seat seat : seatsByTier[tier]) {
        if (!seat.keptVacant) {
          open.add(seat);
        }
      }
      shuffle(open);
      for (Seat seat : open) {
        if (chosen.size() == cadreCount) {
          break;
        }
        chosen.add(seat);
      }
    }
    if (chosen.size() < cadreCount) {
      throw new IllegalStateException(
          "district " + layout.name + " has only " + chosen.size() + " seats to fill");
    }
    chosen.sort(Comparator.comparingInt(s -> s.index));
    for (int i = 0; i < chosen.size(); i++) {
      drafts.add(new Draft(chosen.get(i), cadreCode(firstNumber + i)));
    }
  }

  private String cadreCode(int number) {
    String digits = Integer.toString(number);
    StringBuilder code = new StringBuilder(2 + codeWidth).append("CB");
    for (int i = digits.length(); i < codeWidth; i++) {
      code.append('0');
    }
    return code.append(digits).toString();
  }

  /** Places the figures the founding plan turns on, then draws everyone else's tenure. */
  private void designate() {
    List<Draft> heads = new ArrayList<>();
    List<Draft> deputies = new ArrayList<>();
    List<Draft> wardLeaders = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.seat.tier >= 4) {
        heads.add(draft);
      } else if (draft.seat.tier == 3) {
        deputies.add(draft);
      }
      String role = draft.seat.roleKey();
      if (draft.seat.isWardLevel() && (role.equals("BI_THU") || role.equals("CHU_TICH_UBND"))) {
        wardLeaders.add(draft);
      }
      draft.tenureMonths =
          switch (draft.seat.tier) {
            case 5, 4 -> random.nextInt(100) < 45 ? 20 + random.nextInt(7) : 1 + random.nextInt(89);
            case 2 -> 1 + random.nextInt(89);
            default -> 1 + random.nextInt(54);
          };
    }

    shuffle(heads);
    int longHeads = 4 + random.nextInt(3);
    int nearHeads = 2 + random.nextInt(2);
    for (int i = 0; i < heads.size() && i < longHeads + nearHeads; i++) {
      Draft head = heads.get(i);
      head.designated = true;
      head.tenureMonths = i < longHeads ? 96 + random.nextInt(45) : 90 + random.nextInt(6);
      head.split = i < 2;
      head.nearRetirement = i == 2 || i == 3;
    }

    shuffle(deputies);
    int longDeputies = 5 + random.nextInt(4);
    int nearDeputies = 3;
    int youngWanted = 4 + random.nextInt(3);
    int young = 0;
    for (int i = 0; i < deputies.size(); i++) {
      Draft deputy = deputies.get(i);
      if (i < longDeputies) {
        deputy.designated = true;
        deputy.tenureMonths = 60 + random.nextInt(41);
        deputy.nearRetirement = i == 0;
      } else if (i < longDeputies + nearDeputies) {
        deputy.designated = true;
        deputy.tenureMonths = 55 + random.nextInt(5);
      } else if (young < youngWanted
          && !deputy.seat.isWardLevel()
          && deputy.seat.kind != SeatKind.VETERANS) {
        deputy.designated = true;
        deputy.young = true;
        deputy.tenureMonths = 6 + random.nextInt(35);
        young++;
      }
    }

    for (Draft draft : drafts) {
      if (!draft.split && draft.tenureMonths >= 40 && random.nextInt(100) < 12) {
        draft.split = true;
      }
    }

    shuffle(wardLeaders);
    int nonLocal = (int) Math.round(wardLeaders.size() * (0.35 + 0.10 * random.nextDouble()));
    nonLocal = Math.min(nonLocal, (wardLeaders.size() - 1) / 2);
    if (nonLocal == 0 && wardLeaders.size() >= 3) {
      nonLocal = 1;
    }
    for (int i = 0; i < nonLocal; i++) {
      wardLeaders.get(i).nonLocal = true;
    }

    List<Draft> general = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.seat.kind == SeatKind.WOMEN) {
        draft.female = true;
      } else if (draft.seat.kind != SeatKind.VETERANS && !draft.nearRetirement) {
        general.add(draft);
      }
    }
    shuffle(general);
    int women = (int) Math.ceil(general.size() * 0.27);
    for (int i = 0; i < women; i++) {
      general.get(i).female = true;
    }
  }

  /** Sex, birth date, places and the current seat's stay or stays. */
  private void describe(Draft draft) {
    draft.sex = draft.female ? Sex.FEMALE : Sex.MALE;
    LocalDate since = REFERENCE.minusMonths(draft.tenureMonths).minusDays(random.nextInt(26));
    if (Period.between(since, REFERENCE).toTotalMonths() != draft.tenureMonths) {
      since = REFERENCE.minusMonths(draft.tenureMonths);
    }
    int start = Days.of(since);

    int[] years = birthYears(draft);
    int low = Days.of(Math.max(years[0], draft.female ? 1967 : 1962), 1, 1);
    int high = Math.min(Days.of(years[1], 12, 31), start - 24 * YEAR - 6);
    if (high < low) {
      high = low;
    }
    int birth = low + random.nextInt(high - low + 1);
    LocalDate birthDate = Days.date(birth);
    int precision = random.nextInt(100);
    if (precision < 4) {
      draft.recordedBirth = PartialDate.ofMonth(birthDate.getYear(), birthDate.getMonthValue());
    } else if (precision < 6) {
      draft.recordedBirth = PartialDate.ofYear(birthDate.getYear());
    } else {
      draft.recordedBirth = Days.birthDay(birth);
    }
    draft.birth = Days.of(draft.recordedBirth.date());

    placeOrigins(draft);

    Seat seat = draft.seat;
    seat.occupy(start, Seat.OPEN);
    if (draft.split) {
      int firstEnd =
          Days.of(since.plusMonths(24 + random.nextInt(Math.max(1, draft.tenureMonths - 30))));
      int secondStart = firstEnd + 2 + random.nextInt(20);
      draft.stays.add(new Stay(seat, secondStart, Seat.OPEN, true));
      draft.stays.add(new Stay(seat, start, firstEnd, false));
    } else {
      draft.stays.add(new Stay(seat, start, Seat.OPEN, false));
    }
  }

  private int[] birthYears(Draft draft) {
    if (draft.nearRetirement) {
      return new int[] {1962, 1965};
    }
    if (draft.young) {
      return new int[] {1984, 1990};
    }
    SeatKind kind = draft.seat.kind;
    return switch (draft.seat.tier) {
      case 5 -> new int[] {1963, 1980};
      case 4 -> new int[] {1965, 1984};
      case 3 -> kind == SeatKind.VETERANS ? new int[] {1962, 1968} : new int[] {1966, 1989};
      case 2 ->
          switch (kind) {
            case YOUTH -> new int[] {1987, 1992};
            case VETERANS -> new int[] {1962, 1970};
            default -> new int[] {1968, 1990};
          };
      default ->
          switch (kind) {
            case YOUTH -> new int[] {1989, 1993};
            case VETERANS -> new int[] {1962, 1972};
            default -> new int[] {1970, 1992};
          };
    };
  }

  /**
   * Hometown and permanent residence. A ward leader marked non-local gets neither in the ward's
   * locality; a local one gets one or both there.
   */
  private void placeOrigins(Draft draft) {
    int ward = draft.seat.node.ward();
    String own = ward >= 0 ? layout.wards.get(ward).localityCode() : null;
    String role = draft.seat.roleKey();
    boolean wardLeader = own != null && (role.equals("BI_THU") || role.equals("CHU_TICH_UBND"));
    if (wardLeader && draft.nonLocal) {
      draft.hometown = hometownOtherThan(own);
      draft.residence = residenceOtherThan(own);
    } else if (wardLeader) {
      int r = random.nextInt(100);
      draft.hometown = r < 45 || r >= 80 ? own : hometownOtherThan(own);
      draft.residence = r < 80 ? own : residenceOtherThan(own);
    } else if (own != null && random.nextInt(100) < 70) {
      draft.hometown = random.nextBoolean() ? own : hometownOtherThan(own);
      draft.residence = own;
    } else {
      draft.hometown = hometownOtherThan(null);
      draft.residence = residenceOtherThan(null);
    }
  }

  private String hometownOtherThan(String excluded) {
    return random.nextInt(100) < 35
        ? wardOtherThan(excluded)
        : CadreProfiles.pick(CadreProfiles.HOMETOWNS_ELSEWHERE, random);
  }

  private String residenceOtherThan(String excluded) {
    return random.nextInt(100) < 55
        ? wardOtherThan(excluded)
        : CadreProfiles.pick(CadreProfiles.RESIDENCES_ELSEWHERE, random);
  }

  private String wardOtherThan(String excluded) {
    while (true) {
      String code = layout.wards.get(random.nextInt(layout.wards.size())).localityCode();
      if (!code.equals(excluded)) {
        return code;
      }
    }
  }

  /**
   * Walks back from each cadre's earliest stay, adding earlier stays until the career reaches its
   * first recorded year. Cadres take turns, one stay each per round, senior seats first in each
   * round, so juniors find free seats in the past as well. Young district cadres stay in district
   * seats. When no seat is free the cadre spent a spell in a post outside the registry.
   */
  private void buildCareers() {
    List<Draft> order = new ArrayList<>(drafts);
    order.sort(Comparator.comparingInt((Draft d) -> -d.seat.tier));
    int[] target = new int[order.size()];
    int[] before = new int[order.size()];
    int[] misses = new int[order.size()];
    Seat[] later = new Seat[order.size()];
    for (int i = 0; i < order.size(); i++) {
      Draft draft = order.get(i);
      int first = REF - 10 * YEAR - 2 - random.nextInt(15 * YEAR);
      target[i] = Math.max(first, Math.max(EARLIEST_HISTORY, draft.birth + 23 * YEAR + 6));
      Stay earliest = draft.stays.get(draft.stays.size() - 1);
      before[i] = earliest.start;
      later[i] = earliest.seat;
    }
    boolean active = true;
    while (active) {
      active = false;
      for (int i = 0; i < order.size(); i++) {
        if (before[i] - target[i] < 180 || misses[i] > 12) {
          continue;
        }
        active = true;
        Draft draft = order.get(i);
        int gap = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(60);
        int end = before[i] - gap;
        int earliestStart = Math.max(target[i], end - 2 * YEAR - random.nextInt(4 * YEAR));
        Choice choice = choose(draft, later[i], end, earliestStart);
        if (choice == null) {
          misses[i]++;
          before[i] = end - 90 - random.nextInt(YEAR);
          continue;
        }
        choice.seat.occupy(choice.start, end);
        draft.stays.add(new Stay(choice.seat, choice.start, end, false));
        before[i] = choice.start;
        later[i] = choice.seat;
      }
    }
  }

  private Choice choose(Draft draft, Seat later, int end, int earliestStart) {
    int minimum = Math.min(YEAR, end - earliestStart + 1);
    int shorter = Math.min(YEAR / 2, minimum);
    candidate = null;
    shortCandidate = null;
    if (later.isHead() && random.nextInt(100) < 40) {
      scan(draft, later, sameUnitDeputies(later), end, earliestStart, minimum, shorter);
      if (candidate != null) {
        return candidate;
      }
    }
    int[] order = tierOrder(later.tier);
    if (order.length > 1 && random.nextInt(100) < 30) {
      int first = order[0];
      order[0] = order[1];
      order[1] = first;
    }
    Seat[][] tiers = draft.young ? districtSeatsByTier : seatsByTier;
    for (int tier : order) {
      scan(draft, later, tiers[tier], end, earliestStart, minimum, shorter);
      if (candidate != null) {
        return candidate;
      }
    }
    return shortCandidate;
  }

  private Seat[] sameUnitDeputies(Seat head) {
    List<Seat> found = new ArrayList<>();
    if (head.isWardLevel()) {
      for (DistrictLayout.Node node : layout.wards.get(head.node.ward()).nodes()) {
        for (Seat seat : node.seats()) {
          if (seat.tier == 3) {
            found.add(seat);
          }
        }
      }
    } else {
      for (Seat seat : head.node.seats()) {
        if (!seat.isHead()) {
          found.add(seat);
        }
      }
    }
    return found.toArray(new Seat[0]);
  }

  private static int[] tierOrder(int tier) {
    return switch (tier) {
      case 5 -> new int[] {3, 5, 4, 2};
      case 4 -> new int[] {3, 2, 4, 5};
      case 3 -> new int[] {2, 3, 1};
      case 2 -> new int[] {1, 2, 3};
      default -> new int[] {1, 2, 3};
    };
  }

  /**
   * Looks through up to {@value #SCAN_LIMIT} seats from a random one on and keeps the first that is
   * free for at least {@code minimum} days before {@code end} as {@link #candidate}, and meanwhile
   * the first free for at least {@code shorter} days as {@link #shortCandidate}.
   */
  private void scan(
      Draft draft, Seat later, Seat[] seats, int end, int earliestStart, int minimum, int shorter) {
    int size = seats.length;
    if (size == 0) {
      return;
    }
    int offset = random.nextInt(size);
    int looked = Math.min(size, SCAN_LIMIT);
    for (int i = 0; i < looked; i++) {
      int at = offset + i;
      Seat seat = seats[at >= size ? at - size : at];
      if (seat == later) {
        continue;
      }
      int start = seat.freeSince(end, earliestStart);
      if (start == Seat.TAKEN) {
        continue;
      }
      int run = end - start + 1;
      if (run < shorter || !admits(seat, draft, end) || draft.held(seat)) {
        continue;
      }
      if (run >= minimum) {
        candidate = new Choice(seat, start);
        return;
      }
      if (shortCandidate == null) {
        shortCandidate = new Choice(seat, start);
      }
    }
  }

  private static boolean admits(Seat seat, Draft draft, int end) {
    return switch (seat.kind) {
      case GENERAL -> true;
      case WOMEN -> draft.sex == Sex.FEMALE;
      case VETERANS -> draft.sex == Sex.MALE && draft.birth < VETERANS_BORN_BEFORE;
      case YOUTH -> end - draft.birth <= 37 * YEAR;
    };
  }

  private List<Assignment> assignments(Draft draft) {
    List<Assignment> history = new ArrayList<>(draft.stays.size());
    Stay previous = null;
    for (int i = draft.stays.size() - 1; i >= 0; i--) {
      Stay stay = draft.stays.get(i);
      history.add(
          new Assignment(
              null,
              draft.code,
              stay.seat.position.code(),
              Days.date(stay.start),
              stay.end == Seat.OPEN ? null : Days.date(stay.end),
              form(stay, previous),
              DecisionNumbers.next(stay.seat.node.unit().block(), random),
              0));
      previous = stay;
    }
    return history;
  }

  private AssignmentForm form(Stay stay, Stay previous) {
    String role = stay.seat.roleKey();
    boolean elected =
        ELECTED_ROLES.contains(role)
            || (COUNCIL_ELECTED_ROLES.contains(role) && stay.start < PILOT_WITHOUT_WARD_COUNCILS);
    boolean sameUnit =
        previous != null
            && (previous.seat.node == stay.seat.node
                || (stay.seat.isWardLevel() && previous.seat.node.ward() == stay.seat.node.ward()));
    if (stay.reappointment || previous == null || sameUnit) {
      return elected ? AssignmentForm.BAU : AssignmentForm.BO_NHIEM;
    }
    int r = random.nextInt(100);
    if (previous.seat.isWardLevel() != stay.seat.isWardLevel()) {
      return r < 65 ? AssignmentForm.LUAN_CHUYEN : AssignmentForm.DIEU_DONG;
    }
    if (previous.seat.node.unit().block() != stay.seat.node.unit().block()) {
      return r < 60 ? AssignmentForm.DIEU_DONG : AssignmentForm.CHUYEN_DOI;
    }
    return r < 50 ? AssignmentForm.CHUYEN_DOI : AssignmentForm.DIEU_DONG;
  }

  private Cadre cadre(Draft draft, LocalDate firstStay) {
    int first = Days.of(firstStay);
    int joined = draft.birth + (21 + random.nextInt(9)) * YEAR + random.nextInt(YEAR);
    int latest = Math.min(first - 30, REF - YEAR);
    if (joined > latest) {
      joined = Math.max(draft.birth + 18 * YEAR, latest - random.nextInt(YEAR));
    }
    String birthplace =
        random.nextInt(100) < 80
            ? draft.hometown
            : CadreProfiles.pick(CadreProfiles.HOMETOWNS_ELSEWHERE, random);
    Seat seat = draft.seat;
    return new Cadre(
        draft.code,
        VietnameseNames.fullName(draft.sex, random),
        draft.sex,
        draft.recordedBirth,
        birthplace,
        draft.hometown,
        draft.residence,
        CadreProfiles.ethnicity(random),
        CadreProfiles.religion(random),
        CadreProfiles.education(seat, random),
        CadreProfiles.politicalTheory(seat, random),
        CadreProfiles.stateManagement(seat, random),
        CadreProfiles.foreignLanguage(random),
        CadreProfiles.itLevel(random),
        Days.date(joined),
        null,
        CadreProfiles.GENERAL_EDUCATION,
        // full membership after the twelve months of probation
        Days.date(Days.date(joined).plusYears(1)),
        null,
        draft.retirementOverride,
        draft.retirementOverrideReason,
        0);
  }

  /**
   * One reprimand in force on the reference date, one that ran out years ago, sometimes an old
   * warning. The undisciplined records also get one or two cadres with no birth date on record.
   */
  private List<Discipline> discipline() {
    List<Discipline> found = new ArrayList<>(3);
    Draft current = pickUndesignated(d -> d.seat.tier == 3);
    if (current != null) {
      current.designated = true;
      current.disciplinedNow = true;
      int decided = REF - 30 - random.nextInt(260);
      found.add(
          discipline(
              current,
              DisciplineForm.KHIEN_TRACH,
              decided,
              "Buông lỏng quản lý trật tự xây dựng trên địa bàn được phân công phụ trách"));
    }
    Draft past = pickUndesignated(d -> true);
    if (past != null) {
      past.designated = true;
      found.add(
          discipline(
              past,
              DisciplineForm.KHIEN_TRACH,
              Days.of(2016, 1, 1) + random.nextInt(4 * YEAR),
              "Vi phạm quy định về kê khai tài sản, thu nhập"));
    }
    if (random.nextBoolean()) {
      Draft warned = pickUndesignated(d -> d.seat.tier >= 3);
      if (warned != null) {
        warned.designated = true;
        found.add(
            discipline(
                warned,
                DisciplineForm.CANH_CAO,
                Days.of(2014, 1, 1) + random.nextInt(5 * YEAR),
                "Thiếu trách nhiệm trong công tác quản lý đất đai, để xảy ra vi phạm kéo dài"));
      }
    }
    found.sort(Comparator.comparing(Discipline::cadreCode));

    int unrecorded = 1 + random.nextInt(2);
    for (int i = 0; i < unrecorded; i++) {
      Draft draft = pickUndesignated(d -> d.seat.tier <= 2);
      if (draft != null) {
        draft.designated = true;
        draft.recordedBirth = null;
      }
    }
    return found;
  }

  private Discipline discipline(Draft draft, DisciplineForm form, int decided, String reason) {
    LocalDate on = Days.date(decided);
    return new Discipline(draft.code, form, on, Days.date(on.plusMonths(12).minusDays(1)), reason);
  }

  private void overrideRetirements() {
    Draft early = pickUndesignated(d -> d.birthYear() <= 1970 && d.recordedBirth != null);
    if (early != null) {
      early.designated = true;
      early.retirementOverride = YearMonth.from(REFERENCE).plusMonths(6 + random.nextInt(18));
      early.retirementOverrideReason = "Nghỉ hưu trước tuổi do suy giảm khả năng lao động";
    }
    Draft extended =
        pickUndesignated(
            d -> d.sex == Sex.MALE && d.birthYear() <= 1966 && d.recordedBirth != null);
    if (extended != null) {
      extended.designated = true;
      extended.retirementOverride = YearMonth.from(Days.date(extended.birth)).plusYears(63);
      extended.retirementOverrideReason =
          "Kéo dài thời gian công tác đến hết nhiệm kỳ theo quyết định của cấp có thẩm quyền";
    }
  }

  private Draft pickUndesignated(Predicate<Draft> fits) {
    int size = drafts.size();
    int offset = random.nextInt(size);
    for (int i = 0; i < size; i++) {
      Draft draft = drafts.get((offset + i) % size);
      if (!draft.designated && fits.test(draft)) {
        return draft;
      }
    }
    return null;
  }

  /**
   * Planning for the coming terms (2025–2030 for Party posts, 2026–2031 for State posts), with a
   * few supplements to the current terms. Young district deputies are always planned for ward
   * leadership; a cadre under reprimand keeps only an old entry.
   */
  private void plan(Draft draft, List<SuccessionEntry> planning) {
    if (draft.recordedBirth == null) {
      return;
    }
    List<Target> targets = targets(draft);
    if (draft.disciplinedNow) {
      addEntry(draft, targets.get(0), true, planning);
      return;
    }
    boolean lateEnough = draft.birthYear() >= (draft.sex == Sex.MALE ? 1969 : 1973);
    int chance = draft.young ? 100 : draft.seat.tier >= 3 ? 45 : 20;
    if (!lateEnough || random.nextInt(100) >= chance) {
      return;
    }
    int wanted = draft.young ? 3 : 1 + (random.nextInt(100) < 40 ? 1 : 0);
    if (!draft.young && wanted == 2 && random.nextInt(100) < 35) {
      wanted = 3;
    }
    for (int i = 0; i < Math.min(wanted, targets.size()); i++) {
      addEntry(draft, targets.get(i), false, planning);
    }
    if (random.nextInt(100) < 15) {
      addEntry(draft, targets.get(0), true, planning);
    }
  }

  private void addEntry(
      Draft draft, Target target, boolean currentTerm, List<SuccessionEntry> out) {
    boolean party = PARTY_ROLES.contains(target.role);
    Term term =
        currentTerm
            ? (party ? PARTY_TERM_NOW : STATE_TERM_NOW)
            : (party ? PARTY_TERM_NEXT : STATE_TERM_NEXT);
    String unit = resolve(draft.seat, target);
    for (int i = out.size() - 1; i >= 0 && out.get(i).cadreCode().equals(draft.code); i--) {
      SuccessionEntry entry = out.get(i);
      if (entry.term().equals(term)
          && entry.roleKey().equals(target.role)
          && Objects.equals(entry.unitCode(), unit)) {
        return;
      }
    }
    out.add(new SuccessionEntry(draft.code, target.role, unit, term));
  }

  private String resolve(Seat seat, Target target) {
    switch (target.scope) {
      case OWN -> {
        if (hasRole(seat.node, target.role)) {
          return seat.node.unit().code();
        }
        if (seat.isWardLevel()) {
          for (DistrictLayout.Node node : layout.wards.get(seat.node.ward()).nodes()) {
            if (hasRole(node, target.role)) {
              return node.unit().code();
            }
          }
        }
        return null;
      }
      case OTHER -> {
        List<DistrictLayout.Node> nodes = layout.nodesByRole.get(target.role);
        for (int attempt = 0; nodes != null && attempt < 5; attempt++) {
          DistrictLayout.Node node = nodes.get(random.nextInt(nodes.size()));
          if (node != seat.node) {
            return node.unit().code();
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean hasRole(DistrictLayout.Node node, String role) {
    for (Seat seat : node.seats()) {
      if (seat.roleKey().equals(role)) {
        return true;
      }
    }
    return false;
  }

  private List<Target> targets(Draft draft) {
    if (draft.young) {
      return List.of(
          new Target("BI_THU", Scope.ANY),
          new Target("CHU_TICH_UBND", Scope.ANY),
          new Target("PHO_BI_THU", Scope.OTHER));
    }
    boolean ward = draft.seat.isWardLevel();
    return switch (draft.seat.roleKey()) {
      case "PHO_TRUONG_PHONG" ->
          targets("TRUONG_PHONG", Scope.OWN, "CHU_TICH_UBND", Scope.ANY, "PHO_BI_THU", Scope.OTHER);
      case "PHO_TRUONG_BAN" ->
          targets("TRUONG_BAN", Scope.OWN, "BI_THU", Scope.ANY, "PHO_BI_THU", Scope.OTHER);
      case "PHO_BI_THU" ->
          targets("BI_THU", Scope.OWN, "CHU_TICH_UBND", Scope.OTHER, "TRUONG_BAN", Scope.ANY);
      case "PHO_CHU_TICH_UBND" ->
          targets("CHU_TICH_UBND", Scope.OWN, "BI_THU", Scope.OTHER, "TRUONG_PHONG", Scope.ANY);
      case "BI_THU" ->
          targets("TRUONG_BAN", Scope.ANY, "BI_THU", Scope.OTHER, "TRUONG_PHONG", Scope.ANY);
      case "CHU_TICH_UBND" ->
          targets("BI_THU", Scope.OWN, "TRUONG_PHONG", Scope.ANY, "CHU_TICH_UBND", Scope.OTHER);
      case "TRUONG_PHONG" ->
          targets("TRUONG_BAN", Scope.ANY, "BI_THU", Scope.OTHER, "TRUONG_PHONG", Scope.OTHER);
      case "TRUONG_BAN" ->
          targets("BI_THU", Scope.OTHER, "TRUONG_PHONG", Scope.ANY, "TRUONG_BAN", Scope.OTHER);
      case "CHU_TICH_MTTQ" ->
          ward
              ? targets(
                  "PHO_BI_THU", Scope.OWN, "PHO_CHU_TICH_UBND", Scope.OWN, "BI_THU", Scope.ANY)
              : targets("TRUONG_BAN", Scope.ANY, "BI_THU", Scope.OTHER, "BI_THU", Scope.ANY);
      case "CHU_TICH_DOAN_THE" ->
          ward
              ? targets(
                  "PHO_CHU_TICH_UBND",
                  Scope.OWN,
                  "PHO_BI_THU",
                  Scope.OWN,
                  "CHU_TICH_MTTQ",
                  Scope.OWN)
              : targets("TRUONG_BAN", Scope.ANY, "BI_THU", Scope.OTHER, "BI_THU", Scope.ANY);
      case "GIAM_DOC" ->
          targets("TRUONG_PHONG", Scope.ANY, "GIAM_DOC", Scope.OTHER, "TRUONG_BAN", Scope.ANY);
      case "PHO_GIAM_DOC" ->
          targets("GIAM_DOC", Scope.OWN, "PHO_TRUONG_PHONG", Scope.ANY, "GIAM_DOC", Scope.OTHER);
      case "PHO_CHU_TICH_MTTQ" ->
          targets(
              "CHU_TICH_MTTQ", Scope.OWN, "PHO_CHU_TICH_UBND", Scope.ANY, "PHO_BI_THU", Scope.ANY);
      default ->
          targets(
              "CHU_TICH_DOAN_THE",
              Scope.OWN,
              "PHO_CHU_TICH_UBND",
              Scope.ANY,
              "PHO_CHU_TICH_MTTQ",
              Scope.ANY);
    };
  }

  private static List<Target> targets(
      String first,
      Scope firstScope,
      String second,
      Scope secondScope,
      String third,
      Scope thirdScope) {
    return List.of(
        new Target(first, firstScope),
        new Target(second, secondScope),
        new Target(third, thirdScope));
  }

  /**
   * Grades for 2017–2021: mostly good or excellent, some plain, and one or two failures in the
   * district. The cadre under reprimand got a plain grade in 2021.
   */
  private void assess(List<Assessment> assessments) {
    int failures = 1 + random.nextInt(2);
    int[] failedCadre = new int[failures];
    int[] failedYear = new int[failures];
    for (int i = 0; i < failures; i++) {
      failedCadre[i] = random.nextInt(drafts.size());
      failedYear[i] = 2017 + random.nextInt(5);
    }
    for (int c = 0; c < drafts.size(); c++) {
      Draft draft = drafts.get(c);
      for (int year = 2017; year <= 2021; year++) {
        AssessmentGrade grade;
        int r = random.nextInt(100);
        grade =
            r < 22 ? AssessmentGrade.HTXSNV : r < 85 ? AssessmentGrade.HTTNV : AssessmentGrade.HTNV;
        for (int i = 0; i < failures; i++) {
          if (failedCadre[i] == c && failedYear[i] == year) {
            grade = AssessmentGrade.KHTNV;
          }
        }
        if (draft.disciplinedNow && year == 2021) {
          grade = AssessmentGrade.HTNV;
        }
        assessments.add(new Assessment(draft.code, year, grade));
      }
    }
  }

  private <T> void shuffle(List<T> values) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = values.get(i);
      values.set(i, values.get(j));
      values.set(j, t);
    }
  }
}
