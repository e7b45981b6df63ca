package vn.luanchuyen.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The demo registry: Hà Đông district (Hà Nội) as its cadre registry stood on 30/06/2022, the
 * reference date of the founding rotation plan, with invented people.
 *
 * <p>The same seed and cadre count always give equal content. Hà Đông holds up to {@value
 * #CADRES_PER_DISTRICT} cadres; a larger count adds simulated districts of the same shape ("Mô
 * phỏng 1", "Mô phỏng 2", …, wards "Mô phỏng N-K") and spreads the cadres evenly, Hà Đông first.
 * The content holds exactly the number of cadres asked for, for any count from 1, each the holder
 * of one current seat; seats beyond the count stay vacant, least important first (ward
 * mass-organisation deputies), so below about 180 cadres some managed seats are vacant too.
 *
 * <p>Choices the exchange format leaves open:
 *
 * <ul>
 *   <li>District units carry the district's locality code ({@code HD}); ward units carry the ward's
 *       ({@code HD-VANPHUC}).
 *   <li>The district Party committee and People's Committee have no seats here: their leaders are
 *       managed by the city, not by the district's Standing Committee.
 *   <li>The Inspectorate and the Office of the People's Council and Committee are departments like
 *       the others: their chief and deputies use {@code TRUONG_PHONG} and {@code PHO_TRUONG_PHONG},
 *       so the deputies-per-department target counts them. All Party boards, including the
 *       Inspection Committee, the Office and the Political Training Centre, use {@code TRUONG_BAN}
 *       and {@code PHO_TRUONG_BAN}.
 *   <li>Besides its Party committee and People's Committee each ward has its Front committee, Youth
 *       Union, Women's Union and Veterans' Association (level {@code PHUONG}): these lower posts,
 *       outside the Standing Committee's list, are where most careers start.
 *   <li>Careers start at 23 at the earliest, so cadres born after 1989 have less than 10 years of
 *       history; a few others have gaps where they held posts outside the registry.
 * </ul>
 *
 * <p>Recorded events (assignments, births, Party admission, discipline decisions, assessments) all
 * lie on or before the reference date. Two values look ahead by nature: the last day a disciplinary
 * measure stays in force, and a retirement month set by an override.
 */
public final class DemoDistrict {

  /** The cadre count of the demo workbook: Hà Đông alone. */
  public static final int DEFAULT_CADRES = 300;

  /** The most cadres one district holds before another district is added. */
  public static final int CADRES_PER_DISTRICT = 300;

  /** The day the registry is shown as of: open assignments are still held on this day. */
  public static final LocalDate REFERENCE_DATE = DistrictSimulation.REFERENCE;

  private DemoDistrict() {}

  /** Hà Đông with {@value #DEFAULT_CADRES} cadres. */
  public static RegistryContent generate(long seed) {
    return generate(seed, DEFAULT_CADRES);
  }

  /**
   * A registry of exactly {@code cadres} cadres.
   *
   * @throws IllegalArgumentException if {@code cadres} is less than 1
   */
  public static RegistryContent generate(long seed, int cadres) {
    if (cadres < 1) {
      throw new IllegalArgumentException("at least one cadre is needed, not " + cadres);
    }
    int districts = (cadres + CADRES_PER_DISTRICT - 1) / CADRES_PER_DISTRICT;
    int[] counts = new int[districts];
    int[] firstNumbers = new int[districts];
    long[] seeds = new long[districts];
    SplittableRandom root = new SplittableRandom(seed);
    int next = 1;
    for (int d = 0; d < districts; d++) {
      counts[d] = cadres / districts + (d < cadres % districts ? 1 : 0);
      firstNumbers[d] = next;
      next += counts[d];
      seeds[d] = root.nextLong();
    }
    int codeWidth = Math.max(4, Integer.toString(cadres).length());

    List<DistrictSimulation.Part> parts =
        IntStream.range(0, districts)
            .parallel()
            .mapToObj(
                d -> {
                  SplittableRandom random = new SplittableRandom(seeds[d]);
                  DistrictLayout layout = DistrictLayout.build(d, random);
                  return new DistrictSimulation(
                          layout, random, counts[d], firstNumbers[d], codeWidth)
                      .run();
                })
            .toList();
    return merge(parts, new SyntheticIdNumbers(seed));
  }

  private static RegistryContent merge(
      List<DistrictSimulation.Part> parts, SyntheticIdNumbers idNumbers) {
    int units = 0;
    int positions = 0;
    int cadres = 0;
    int assignments = 0;
    int planning = 0;
    int assessments = 0;
    int disciplines = 0;
    for (DistrictSimulation.Part part : parts) {
      units += part.units().size();
      positions += part.positions().size();
      cadres += part.cadres().size();
      assignments += part.assignments().size();
      planning += part.planning().size();
      assessments += part.assessments().size();
      disciplines += part.disciplines().size();
    }
    List<Unit> allUnits = new ArrayList<>(units);
    List<Position> allPositions = new ArrayList<>(positions);
    List<Cadre> allCadres = new ArrayList<>(cadres);
    // the stays and assessments, the most numerous records, are kept as columns
    AssignmentTable.Builder allAssignments = new AssignmentTable.Builder(assignments);
    List<SuccessionEntry> allPlanning = new ArrayList<>(planning);
    List<Assessment> allAssessments = new ArrayList<>(assessments);
    List<Discipline> allDisciplines = new ArrayList<>(disciplines);
    Set<String> usedCodes = new LinkedHashSet<>();
    for (DistrictSimulation.Part part : parts) {
      allUnits.addAll(part.units());
      allPositions.addAll(part.positions());
      allCadres.addAll(part.cadres());
      part.assignments().forEach(allAssignments::add);
      allPlanning.addAll(part.planning());
      allAssessments.addAll(part.assessments());
      allDisciplines.addAll(part.disciplines());
    }
    for (Unit unit : parts.get(0).units()) {
      usedCodes.add(CodeKind.LEVEL + ":" + unit.levelCode());
      usedCodes.add(CodeKind.UNIT_TYPE + ":" + unit.typeCode());
    }
    for (Position position : parts.get(0).positions()) {
      usedCodes.add(CodeKind.ROLE + ":" + position.roleKey());
    }
    List<CodeEntry> codes = new ArrayList<>();
    for (CodeEntry entry : StandardCodes.all()) {
      if (usedCodes.contains(entry.kind() + ":" + entry.code())) {
        codes.add(entry);
      }
    }
    return new RegistryContent(
        codes,
        allUnits,
        allPositions,
        idNumbers.numbered(allCadres),
        allAssignments.build(),
        allPlanning,
        AssessmentTable.compact(allAssessments),
        allDisciplines);
  }
}
