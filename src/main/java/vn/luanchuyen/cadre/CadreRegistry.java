package vn.luanchuyen.cadre;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.security.UnitScope;
import vn.luanchuyen.shared.ChangeMark;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.DatePrecision;
import vn.luanchuyen.shared.Days;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.PageOf;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.SearchText;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * The cadre registry: finds cadres, reads their records and stores them. Cadres refer to seats by
 * code; the list's unit, block and level filters read the organisation tables.
 *
 * <p>The searches and the reads of one cadre answer only about the cadres the current user may see
 * ({@link UnitScope}): those holding a seat today in one of the user's units. A cadre outside the
 * scope reads as absent. The whole-registry reads ({@link #cadres()}, {@link #assignments()}, ...)
 * serve imports, exports and screening, which scoped users may not run.
 */
@Service
public class CadreRegistry {

  private static final int BATCH = 1000;
  private static final String ASSIGNMENTS =
      "select id, cadre_code, position_code, start_date, end_date, form, decision_number, version"
          + " from cadre_assignment";
  private static final String ASSESSMENTS =
      "select cadre_code, assessed_year, grade from cadre_assessment";
  private static final String DISCIPLINES =
      "select cadre_code, form, decided_on, effective_until, reason from cadre_discipline";
  private static final String CADRE_COLUMNS =
      "code, full_name, sex, birth_date, birth_precision, birthplace, hometown,"
          + " permanent_residence, ethnicity, religion, education, political_theory,"
          + " state_management, foreign_language, it_level, party_join_date, retirement_override,"
          + " retirement_override_reason, other_names, general_education, party_official_date,"
          + " awards, personal_id_number, version";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ApplicationEventPublisher events;
  private final UnitScope scope;
  private final Clock clock;

  CadreRegistry(
      JdbcClient jdbc,
      JdbcTemplate template,
      ApplicationEventPublisher events,
      UnitScope scope,
      Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.events = events;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * Appends to a where clause on {@code cadre c} the condition that the cadre holds, today, a seat
   * in a unit the current user may see; nothing for a user without a unit scope.
   */
  private void appendScope(StringBuilder where, Map<String, Object> params) {
    Optional<Set<String>> units = scope.visibleUnits();
    if (units.isEmpty()) {
      return;
    }
    if (units.get().isEmpty()) {
      where.append(" and 1 = 0");
      return;
    }
    where.append(
        " and exists (select 1 from cadre_assignment sa"
            + " join org_position sp on sp.code = sa.position_code"
            + " where sa.cadre_code = c.code and sa.start_date <= :scopeDay"
            + " and (sa.end_date is null or sa.end_date >= :scopeDay)"
            + " and sp.unit_code in (:scopeUnits))");
    params.put("scopeDay", LocalDate.now(clock));
    params.put("scopeUnits", List.copyOf(units.get()));
  }

  /** Whether the current user may see the cadre (true also for a cadre that does not exist). */
  private boolean visible(String code) {
    if (scope.visibleUnits().isEmpty()) {
      return true;
    }
    StringBuilder where = new StringBuilder(" where c.code = :code");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("code", code);
    appendScope(where, params);
    return jdbc.sql("select count(*) from cadre c" + where)
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }

  /** One page of the cadres matching the query, ordered by code. */
  @Transactional(readOnly = true)
  public PageOf<CadreListItem> search(CadreQuery query, int page, int size) {
    return search(query, CadreOrder.CODE, false, page, size);
  }

  /**
   * One page of the cadres matching the query, sorted by a column. A code is found whatever its
   * case ("cb0012" finds CB0012); a text of 12 digits finds the cadre with that personal
   * identification number (the whole number, not a part of it).
   */
  @Transactional(readOnly = true)
  public PageOf<CadreListItem> search(
      CadreQuery query, CadreOrder order, boolean descending, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    appendScope(where, params);
    if (query.text() != null && !query.text().isBlank()) {
      String text = query.text().strip();
      if (PersonalIdNumbers.isWellFormed(text)) {
        where.append(" and (c.personal_id_number = :personalIdNumber or upper(c.code) like :code)");
        params.put("personalIdNumber", text);
        params.put("code", "%" + text + "%");
      } else {
        where.append(" and (c.search_key like :text or upper(c.code) like :code)");
        params.put("text", "%" + SearchText.fold(text) + "%");
        params.put("code", "%" + text.toUpperCase(Locale.ROOT) + "%");
      }
    }
    if (query.sex() != null) {
      where.append(" and c.sex = :sex");
      params.put("sex", query.sex().name());
    }
    if (query.ageBand() != null) {
      where.append(" and c.birth_date <= :bornTo and c.birth_date > :bornFrom");
      params.put("bornTo", query.ageBand().bornOnOrBefore(query.asOf()));
      params.put("bornFrom", query.ageBand().bornAfter(query.asOf()));
    }
    if (query.unitCode() != null || query.blockCode() != null || query.levelCode() != null) {
      where.append(
          " and exists (select 1 from cadre_assignment a"
              + " join org_position p on p.code = a.position_code"
              + " join org_unit u on u.code = p.unit_code"
              + " where a.cadre_code = c.code and a.start_date <= :asOf"
              + " and (a.end_date is null or a.end_date >= :asOf)");
      params.put("asOf", query.asOf());
      if (query.unitCode() != null) {
        where.append(" and u.code = :unit");
        params.put("unit", query.unitCode());
      }
      if (query.blockCode() != null) {
        where.append(" and u.block = :block");
        params.put("block", query.blockCode());
      }
      if (query.levelCode() != null) {
        where.append(" and u.level_code = :level");
        params.put("level", query.levelCode());
      }
      where.append(")");
    }
    long total =
        jdbc.sql("select count(*) from cadre c" + where).params(params).query(Long.class).single();
    if (order.byName()) {
      return byName(where.toString(), params, descending, page, size, total, query.asOf());
    }
    List<Cadre> cadres =
        jdbc.sql(
                "select "
                    + prefixed("c.")
                    + " from cadre c"
                    + where
                    + " order by "
                    + order.orderBy(descending)
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(cadre(new SharedValues()))
            .list();
    return new PageOf<>(items(cadres, query.asOf()), page, size, total);
  }

  /**
   * One page of the matching cadres by full name in Vietnamese order (then code): the names and
   * codes of all of them are sorted here, and only the page's cadres read whole.
   */
  private PageOf<CadreListItem> byName(
      String where,
      Map<String, Object> params,
      boolean descending,
      int page,
      int size,
      long total,
      LocalDate asOf) {
    record Named(String code, String name) {}
    Comparator<Named> order = VietnameseOrder.by(Named::name).thenComparing(Named::code);
    List<String> codes =
        jdbc
            .sql("select c.code, c.full_name from cadre c" + where)
            .params(params)
            .query((rs, n) -> new Named(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .sorted(descending ? order.reversed() : order)
            .skip((long) page * size)
            .limit(size)
            .map(Named::code)
            .toList();
    if (codes.isEmpty()) {
      return new PageOf<>(List.of(), page, size, total);
    }
    Map<String, Cadre> read = new HashMap<>();
    jdbc.sql("select " + prefixed("c.") + " from cadre c where c.code in (:codes)")
        .param("codes", codes)
        .query(cadre(new SharedValues()))
        .list()
        .forEach(c -> read.put(c.code(), c));
    List<Cadre> cadres = codes.stream().map(read::get).filter(Objects::nonNull).toList();
    return new PageOf<>(items(cadres, asOf), page, size, total);
  }

  private List<CadreListItem> items(List<Cadre> cadres, LocalDate asOf) {
    Map<String, List<CadreListItem.HeldSeat>> seats = seatsHeld(codes(cadres), asOf);
    return cadres.stream()
        .map(
            c ->
                new CadreListItem(
                    c.code(),
                    c.fullName(),
                    c.sex(),
                    c.birthDate(),
                    seats.getOrDefault(c.code(), List.of())))
        .toList();
  }

  private static List<String> codes(List<Cadre> cadres) {
    return cadres.stream().map(Cadre::code).toList();
  }

  private Map<String, List<CadreListItem.HeldSeat>> seatsHeld(
      List<String> cadreCodes, LocalDate asOf) {
    Map<String, List<CadreListItem.HeldSeat>> seats = new LinkedHashMap<>();
    if (cadreCodes.isEmpty()) {
      return seats;
    }
    jdbc.sql(
            "select a.cadre_code, p.code, p.name, p.unit_code from cadre_assignment a"
                + " join org_position p on p.code = a.position_code"
                + " where a.cadre_code in (:codes) and a.start_date <= :asOf"
                + " and (a.end_date is null or a.end_date >= :asOf)"
                + " order by a.cadre_code, p.seat_rank desc, a.start_date")
        .param("codes", cadreCodes)
        .param("asOf", asOf)
        .query(
            rs -> {
              seats
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(
                      new CadreListItem.HeldSeat(
                          rs.getString(2), rs.getString(3), rs.getString(4)));
            });
    return seats;
  }

  /** The cadre, if it exists and the current user may see it. */
  @Transactional(readOnly = true)
  public Optional<Cadre> cadre(String code) {
    StringBuilder where = new StringBuilder(" where c.code = :code");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("code", code);
    appendScope(where, params);
    return jdbc.sql("select " + prefixed("c.") + " from cadre c" + where)
        .params(params)
        .query(cadre(new SharedValues()))
        .optional();
  }

  /**
   * A mark that changes whenever the stored cadres or their histories, assessments or disciplines
   * change: the row counts, the sums of the row versions (every update adds one) and the highest
   * row ids (a replaced history gets new ids). For caches of whole-registry computations, which
   * compare it before reuse.
   */
  @Transactional(readOnly = true)
  public String changeMark() {
    return jdbc.sql(
            "select * from (select count(*), coalesce(sum(version), 0) from cadre) c"
                + " cross join (select count(*), coalesce(sum(version), 0), coalesce(max(id), 0)"
                + " from cadre_assignment) a"
                + " cross join (select count(*), coalesce(sum(version), 0), coalesce(max(id), 0)"
                + " from cadre_assessment) e"
                + " cross join (select count(*), coalesce(sum(version), 0), coalesce(max(id), 0)"
                + " from cadre_discipline) d")
        .query(ChangeMark::of)
        .single();
  }

  @Transactional(readOnly = true)
  public long count() {
    return jdbc.sql("select count(*) from cadre").query(Long.class).single();
  }

  @Transactional(readOnly = true)
  public List<Cadre> cadres() {
    return cadres(new SharedValues());
  }

  /** Every cadre, each code, name, place, level and day read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Cadre> cadres(SharedValues values) {
    return jdbc.sql("select " + CADRE_COLUMNS + " from cadre order by code")
        .query(cadre(values))
        .list();
  }

  /** The cadres holding a seat of the unit on the given day, heads first. */
  @Transactional(readOnly = true)
  public List<CadreListItem> holdersIn(String unitCode, LocalDate asOf) {
    StringBuilder where =
        new StringBuilder(
            " where exists (select 1 from cadre_assignment a"
                + " join org_position p on p.code = a.position_code"
                + " where a.cadre_code = c.code and p.unit_code = :unit and a.start_date <= :asOf"
                + " and (a.end_date is null or a.end_date >= :asOf))");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("unit", unitCode);
    params.put("asOf", asOf);
    appendScope(where, params);
    List<Cadre> cadres =
        jdbc.sql("select " + prefixed("c.") + " from cadre c" + where + " order by c.code")
            .params(params)
            .query(cadre(new SharedValues()))
            .list();
    Map<String, List<CadreListItem.HeldSeat>> seats = seatsHeld(codes(cadres), asOf);
    return cadres.stream()
        .map(
            c ->
                new CadreListItem(
                    c.code(),
                    c.fullName(),
                    c.sex(),
                    c.birthDate(),
                    seats.getOrDefault(c.code(), List.of()).stream()
                        .filter(s -> s.unitCode().equals(unitCode))
                        .toList()))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<Assignment> assignmentsOf(String cadreCode) {
    if (!visible(cadreCode)) {
      return List.of();
    }
    return jdbc.sql(ASSIGNMENTS + " where cadre_code = ? order by start_date, id")
        .param(cadreCode)
        .query(assignment(new SharedValues()))
        .list();
  }

  @Transactional(readOnly = true)
  public List<Assignment> assignments() {
    return assignments(new SharedValues());
  }

  /** Every stay, each code, day and decision number read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Assignment> assignments(SharedValues values) {
    // a registry holds several stays per cadre: they are kept as columns, not a record each
    AssignmentTable.Builder stays = new AssignmentTable.Builder(1024);
    RowMapper<Assignment> row = assignment(values);
    jdbc.sql(ASSIGNMENTS + " order by cadre_code, start_date, id")
        .query((RowCallbackHandler) rs -> stays.add(row.mapRow(rs, 0)));
    return stays.build();
  }

  @Transactional(readOnly = true)
  public List<Assessment> assessmentsOf(String cadreCode) {
    if (!visible(cadreCode)) {
      return List.of();
    }
    return jdbc.sql(ASSESSMENTS + " where cadre_code = ? order by assessed_year")
        .param(cadreCode)
        .query(assessment(new SharedValues()))
        .list();
  }

  @Transactional(readOnly = true)
  public List<Assessment> assessments() {
    return assessments(new SharedValues());
  }

  /** Every assessment, each cadre code read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Assessment> assessments(SharedValues values) {
    AssessmentTable.Builder assessments = new AssessmentTable.Builder(1024);
    RowMapper<Assessment> row = assessment(values);
    jdbc.sql(ASSESSMENTS + " order by cadre_code, assessed_year")
        .query((RowCallbackHandler) rs -> assessments.add(row.mapRow(rs, 0)));
    return assessments.build();
  }

  @Transactional(readOnly = true)
  public List<Discipline> disciplinesOf(String cadreCode) {
    if (!visible(cadreCode)) {
      return List.of();
    }
    return jdbc.sql(DISCIPLINES + " where cadre_code = ? order by decided_on, id")
        .param(cadreCode)
        .query(discipline(new SharedValues()))
        .list();
  }

  @Transactional(readOnly = true)
  public List<Discipline> disciplines() {
    return disciplines(new SharedValues());
  }

  /** Every disciplinary decision, each code, day and reason read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Discipline> disciplines(SharedValues values) {
    return jdbc.sql(DISCIPLINES + " order by cadre_code, decided_on, id")
        .query(discipline(values))
        .list();
  }

  /** The codes of every stored cadre. */
  @Transactional(readOnly = true)
  public Set<String> codes() {
    return new HashSet<>(jdbc.sql("select code from cadre").query(String.class).list());
  }

  /**
   * Creates or replaces cadres by code. Runs in the caller's transaction. A personal identification
   * number may pass from one stored cadre to another in the same call (a corrected mix-up): the
   * numbers that change are released first, so the unique index sees no clash.
   */
  @Transactional
  public void storeCadres(List<Cadre> cadres) {
    Set<String> existing =
        new HashSet<>(jdbc.sql("select code from cadre").query(String.class).list());
    releaseChangingPersonalIdNumbers(cadres);
    batch(
        "insert into cadre (full_name, search_key, sex, birth_date, birth_precision, birthplace,"
            + " hometown, permanent_residence, ethnicity, religion, education, political_theory,"
            + " state_management, foreign_language, it_level, party_join_date,"
            + " retirement_override, retirement_override_reason, other_names, general_education,"
            + " party_official_date, awards, personal_id_number, code, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        cadres.stream().filter(c -> !existing.contains(c.code())).toList(),
        CadreRegistry::bindCadre);
    batch(
        "update cadre set full_name = ?, search_key = ?, sex = ?, birth_date = ?,"
            + " birth_precision = ?, birthplace = ?, hometown = ?, permanent_residence = ?,"
            + " ethnicity = ?, religion = ?, education = ?, political_theory = ?,"
            + " state_management = ?, foreign_language = ?, it_level = ?, party_join_date = ?,"
            + " retirement_override = ?, retirement_override_reason = ?, other_names = ?,"
            + " general_education = ?, party_official_date = ?, awards = ?,"
            + " personal_id_number = ?, version = version + 1 where code = ?",
        cadres.stream().filter(c -> existing.contains(c.code())).toList(),
        CadreRegistry::bindCadre);
  }

  /**
   * Clears the stored personal identification number of each given cadre whose new record holds
   * another one (or none), so that numbers can move between cadres stored together.
   */
  private void releaseChangingPersonalIdNumbers(List<Cadre> cadres) {
    Map<String, String> stored = new HashMap<>();
    jdbc.sql("select code, personal_id_number from cadre where personal_id_number is not null")
        .query(
            rs -> {
              stored.put(rs.getString(1), rs.getString(2));
            });
    if (stored.isEmpty()) {
      return;
    }
    List<String> releasing =
        cadres.stream()
            .filter(
                c ->
                    stored.containsKey(c.code())
                        && !stored.get(c.code()).equals(c.personalIdNumber()))
            .map(Cadre::code)
            .toList();
    batch(
        "update cadre set personal_id_number = null where code = ?",
        releasing,
        (ps, code) -> ps.setString(1, code));
  }

  /** Replaces the assignment history of the given cadres. Runs in the caller's transaction. */
  @Transactional
  public void replaceAssignmentsOf(Collection<String> cadreCodes, List<Assignment> assignments) {
    deleteOf("cadre_assignment", cadreCodes);
    batch(
        "insert into cadre_assignment (cadre_code, position_code, start_date, end_date, form,"
            + " decision_number, version) values (?, ?, ?, ?, ?, ?, 0)",
        assignments,
        (ps, a) -> {
          ps.setString(1, a.cadreCode());
          ps.setString(2, a.positionCode());
          ps.setDate(3, sqlDate(a.startDate()));
          ps.setDate(4, sqlDate(a.endDate()));
          ps.setString(5, a.form() == null ? null : a.form().name());
          ps.setString(6, a.decisionNumber());
        });
  }

  /** Replaces the annual assessments of the given cadres. Runs in the caller's transaction. */
  @Transactional
  public void replaceAssessmentsOf(Collection<String> cadreCodes, List<Assessment> assessments) {
    deleteOf("cadre_assessment", cadreCodes);
    batch(
        "insert into cadre_assessment (cadre_code, assessed_year, grade, version)"
            + " values (?, ?, ?, 0)",
        assessments,
        (ps, a) -> {
          ps.setString(1, a.cadreCode());
          ps.setInt(2, a.year());
          ps.setString(3, a.grade().name());
        });
  }

  /** Replaces the discipline records of the given cadres. Runs in the caller's transaction. */
  @Transactional
  public void replaceDisciplinesOf(Collection<String> cadreCodes, List<Discipline> disciplines) {
    deleteOf("cadre_discipline", cadreCodes);
    batch(
        "insert into cadre_discipline (cadre_code, form, decided_on, effective_until, reason,"
            + " version) values (?, ?, ?, ?, ?, 0)",
        disciplines,
        (ps, d) -> {
          ps.setString(1, d.cadreCode());
          ps.setString(2, d.form().name());
          ps.setDate(3, sqlDate(d.decidedOn()));
          ps.setDate(4, sqlDate(d.effectiveUntil()));
          ps.setString(5, d.reason());
        });
  }

  private void deleteOf(String table, Collection<String> cadreCodes) {
    batch(
        "delete from " + table + " where cadre_code = ?",
        List.copyOf(cadreCodes),
        (ps, c) -> ps.setString(1, c));
  }

  /**
   * Counts a change of cadres' position history, assessments, discipline or planning entries as a
   * change of each cadre: its version goes up by one, in the caller's transaction. So the
   * workbook's {@code Phiên bản} of an export made before no longer matches, and an edit of the
   * record read before answers a conflict. The one place such edits bump the version.
   */
  @Transactional
  public void markChanged(Collection<String> cadreCodes) {
    batch(
        "update cadre set version = version + 1 where code = ?",
        List.copyOf(new java.util.TreeSet<>(cadreCodes)),
        (ps, c) -> ps.setString(1, c));
  }

  /**
   * Changes a cadre's CV data if nobody changed it since {@code cadre.version()} was read.
   *
   * @return the cadre as stored, with its new version
   * @throws InvalidInput if a field cannot be right ({@link CadreChecks}); nothing is written
   * @throws ConcurrentEditException if the stored version differs
   * @throws NotFoundException if there is no such cadre
   */
  @Transactional
  public Cadre updateCadre(Cadre edited) {
    InvalidInput.refuseIfAny(CadreChecks.problems(edited, LocalDate.now(clock)));
    if (!visible(edited.code())) {
      throw new NotFoundException("cadre", edited.code());
    }
    Cadre cadre =
        edited.withPersonalIdNumber(PersonalIdNumbers.normalised(edited.personalIdNumber()));
    checkPersonalIdNumber(cadre);
    Optional<Cadre> before = cadre(cadre.code());
    int changed =
        template.update(
            "update cadre set full_name = ?, search_key = ?, sex = ?, birth_date = ?,"
                + " birth_precision = ?, birthplace = ?, hometown = ?, permanent_residence = ?,"
                + " ethnicity = ?, religion = ?, education = ?, political_theory = ?,"
                + " state_management = ?, foreign_language = ?, it_level = ?,"
                + " party_join_date = ?, retirement_override = ?, retirement_override_reason = ?,"
                + " other_names = ?, general_education = ?, party_official_date = ?, awards = ?,"
                + " personal_id_number = ?, version = version + 1 where code = ? and version = ?",
            ps -> {
              bindCadre(ps, cadre);
              ps.setLong(25, cadre.version());
            });
    if (changed == 0) {
      if (cadre(cadre.code()).isEmpty()) {
        throw new NotFoundException("cadre", cadre.code());
      }
      throw new ConcurrentEditException("cadre " + cadre.code());
    }
    Cadre after = cadre(cadre.code()).orElseThrow();
    events.publishEvent(
        new RecordChanged(
            "cadre",
            cadre.code(),
            "UPDATE",
            before.map(Cadre::toString).orElse(null),
            after.toString()));
    return after;
  }

  /**
   * Refuses a personal identification number that is not 12 digits or that another cadre holds. The
   * other cadre is not named: the user may not be allowed to see them.
   */
  private void checkPersonalIdNumber(Cadre cadre) {
    String number = cadre.personalIdNumber();
    if (number == null) {
      return;
    }
    if (!PersonalIdNumbers.isWellFormed(number)) {
      throw new CadreRefused("cadre.personalIdNumber.malformed", number);
    }
    long others =
        jdbc.sql("select count(*) from cadre where personal_id_number = ? and code <> ?")
            .params(number, cadre.code())
            .query(Long.class)
            .single();
    if (others > 0) {
      throw new CadreRefused("cadre.personalIdNumber.taken", number);
    }
  }

  /**
   * The seat changes' problems against the registry as it is now, in Vietnamese; empty when every
   * change fits: each cadre still holds the seat they leave on the day before {@code effectiveOn},
   * and each seat taken is free on that day or left by a cadre changing seat in the same batch.
   */
  @Transactional(readOnly = true)
  public List<String> seatChangeProblems(List<SeatChange> changes, LocalDate effectiveOn) {
    LocalDate dayBefore = effectiveOn.minusDays(1);
    Set<String> leaving = new HashSet<>();
    Set<String> moving = new HashSet<>();
    List<String> problems = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (SeatChange c : changes) {
      if (!moving.add(c.cadre())) {
        problems.add("Cán bộ " + c.cadre() + " có hơn một thay đổi trong cùng quyết định");
      }
      if (c.fromSeat() != null) {
        leaving.add(c.fromSeat());
      }
      if (c.toSeat() != null && !taken.add(c.toSeat())) {
        problems.add("Vị trí " + c.toSeat() + " được giao cho hơn một cán bộ");
      }
    }
    for (SeatChange c : changes) {
      if (cadre(c.cadre()).isEmpty()) {
        problems.add("Không còn cán bộ " + c.cadre() + " trong hồ sơ");
        continue;
      }
      List<Assignment> held = openOn(c.cadre(), dayBefore);
      if (c.fromSeat() != null
          && held.stream().noneMatch(a -> a.positionCode().equals(c.fromSeat()))) {
        problems.add(
            "Cán bộ "
                + c.cadre()
                + " không còn giữ vị trí "
                + c.fromSeat()
                + " ngày "
                + Days.show(dayBefore)
                + " (hồ sơ ghi: "
                + (held.isEmpty()
                    ? "không giữ vị trí nào"
                    : String.join(", ", held.stream().map(Assignment::positionCode).toList()))
                + ")");
      }
      if (c.toSeat() != null && !seatExists(c.toSeat())) {
        problems.add("Không còn vị trí " + c.toSeat() + " trong sơ đồ tổ chức");
      } else if (c.toSeat() != null) {
        for (Assignment holder : holdersOn(c.toSeat(), effectiveOn)) {
          boolean leaves = leaving.contains(c.toSeat()) && moving.contains(holder.cadreCode());
          if (!leaves && !holder.cadreCode().equals(c.cadre())) {
            problems.add(
                "Vị trí "
                    + c.toSeat()
                    + " đang do cán bộ "
                    + holder.cadreCode()
                    + " đảm nhiệm từ "
                    + Days.show(holder.startDate())
                    + ", không trống ngày "
                    + Days.show(effectiveOn));
          }
        }
      }
    }
    return problems;
  }

  /**
   * Carries out seat changes decided together, in the caller's transaction: first every stay left
   * ends on the day before {@code effectiveOn}, then every new stay begins on it, with the
   * decision's number. Each change is published for the audit trail.
   *
   * @param afterEach called after each change is written (a checkpoint for fault injection)
   * @throws SeatChangeRefused if a change no longer fits the registry; nothing is written
   */
  @Transactional
  public void changeSeats(
      List<SeatChange> changes, LocalDate effectiveOn, String decisionNumber, Runnable afterEach) {
    List<String> problems = seatChangeProblems(changes, effectiveOn);
    if (!problems.isEmpty()) {
      throw new SeatChangeRefused(problems);
    }
    LocalDate dayBefore = effectiveOn.minusDays(1);
    for (SeatChange c : changes) {
      if (c.fromSeat() == null) {
        continue;
      }
      for (Assignment a : openOn(c.cadre(), dayBefore)) {
        if (!a.positionCode().equals(c.fromSeat())) {
          continue;
        }
        int changed =
            jdbc.sql(
                    "update cadre_assignment set end_date = ?, version = version + 1 where id = ?"
                        + " and version = ?")
                .params(Date.valueOf(dayBefore), a.id(), a.version())
                .update();
        if (changed == 0) {
          throw new ConcurrentEditException("cadre-assignment " + a.id());
        }
        events.publishEvent(
            new RecordChanged(
                "cadre-assignment",
                c.cadre(),
                "UPDATE",
                a.toString(),
                new Assignment(
                        a.id(),
                        a.cadreCode(),
                        a.positionCode(),
                        a.startDate(),
                        dayBefore,
                        a.form(),
                        a.decisionNumber(),
                        a.version() + 1)
                    .toString()));
      }
      afterEach.run();
    }
    for (SeatChange c : changes) {
      if (c.toSeat() == null) {
        continue;
      }
      Assignment started =
          new Assignment(
              null, c.cadre(), c.toSeat(), effectiveOn, null, c.form(), decisionNumber, 0);
      jdbc.sql(
              "insert into cadre_assignment (cadre_code, position_code, start_date, end_date, form,"
                  + " decision_number, version) values (?, ?, ?, null, ?, ?, 0)")
          .params(
              c.cadre(),
              c.toSeat(),
              Date.valueOf(effectiveOn),
              c.form() == null ? null : c.form().name(),
              decisionNumber)
          .update();
      events.publishEvent(
          new RecordChanged("cadre-assignment", c.cadre(), "CREATE", null, started.toString()));
      afterEach.run();
    }
    markChanged(changes.stream().map(SeatChange::cadre).toList());
  }

  private boolean seatExists(String seat) {
    return jdbc.sql("select count(*) from org_position where code = ?")
            .param(seat)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The cadre's stays that cover {@code day}. */
  private List<Assignment> openOn(String cadreCode, LocalDate day) {
    return jdbc.sql(
            ASSIGNMENTS
                + " where cadre_code = ? and start_date <= ? and (end_date is null or end_date >="
                + " ?) order by start_date, id")
        .params(cadreCode, Date.valueOf(day), Date.valueOf(day))
        .query(assignment(new SharedValues()))
        .list();
  }

  /** The stays in a seat that cover {@code day} or begin after it. */
  private List<Assignment> holdersOn(String seat, LocalDate day) {
    return jdbc.sql(
            ASSIGNMENTS
                + " where position_code = ? and (end_date is null or end_date >= ?) order by"
                + " start_date, id")
        .params(seat, Date.valueOf(day))
        .query(assignment(new SharedValues()))
        .list();
  }

  /** Records that someone read a cadre's personal data (Decree 13/2023). */
  @Transactional
  public void recordRead(String cadreCode, String what) {
    events.publishEvent(new RecordChanged("cadre", cadreCode, "READ", null, what));
  }

  private static String prefixed(String alias) {
    return alias + CADRE_COLUMNS.replace(", ", ", " + alias);
  }

  private static void bindCadre(PreparedStatement ps, Cadre c) throws SQLException {
    ps.setString(1, c.fullName());
    ps.setString(2, SearchText.fold(c.fullName()));
    ps.setString(3, c.sex().name());
    ps.setDate(4, c.birthDate() == null ? null : Date.valueOf(c.birthDate().date()));
    ps.setString(5, c.birthDate() == null ? null : c.birthDate().precision().name());
    ps.setString(6, c.birthplace());
    ps.setString(7, c.hometown());
    ps.setString(8, c.permanentResidence());
    ps.setString(9, c.ethnicity());
    ps.setString(10, c.religion());
    ps.setString(11, c.education());
    ps.setString(12, c.politicalTheory());
    ps.setString(13, c.stateManagement());
    ps.setString(14, c.foreignLanguage());
    ps.setString(15, c.itLevel());
    ps.setDate(16, sqlDate(c.partyJoinDate()));
    if (c.retirementOverride() == null) {
      ps.setNull(17, Types.DATE);
    } else {
      ps.setDate(17, Date.valueOf(c.retirementOverride().atDay(1)));
    }
    ps.setString(18, c.retirementOverrideReason());
    ps.setString(19, c.otherNames());
    ps.setString(20, c.generalEducation());
    ps.setDate(21, sqlDate(c.partyOfficialDate()));
    ps.setString(22, c.awards());
    ps.setString(23, c.personalIdNumber());
    ps.setString(24, c.code());
  }

  private static RowMapper<Cadre> cadre(SharedValues v) {
    return (rs, n) -> cadre(rs, v);
  }

  private static Cadre cadre(ResultSet rs, SharedValues v) throws SQLException {
    Date birth = rs.getDate("birth_date");
    Date override = rs.getDate("retirement_override");
    return new Cadre(
        v.shared(rs.getString("code")),
        v.shared(rs.getString("full_name")),
        Sex.valueOf(rs.getString("sex")),
        birth == null
            ? null
            : v.shared(
                new PartialDate(
                    birth.toLocalDate(), DatePrecision.valueOf(rs.getString("birth_precision")))),
        v.shared(rs.getString("birthplace")),
        v.shared(rs.getString("hometown")),
        v.shared(rs.getString("permanent_residence")),
        v.shared(rs.getString("ethnicity")),
        v.shared(rs.getString("religion")),
        v.shared(rs.getString("education")),
        v.shared(rs.getString("political_theory")),
        v.shared(rs.getString("state_management")),
        v.shared(rs.getString("foreign_language")),
        v.shared(rs.getString("it_level")),
        localDate(rs.getDate("party_join_date"), v),
        rs.getString("other_names"),
        v.shared(rs.getString("general_education")),
        localDate(rs.getDate("party_official_date"), v),
        rs.getString("awards"),
        rs.getString("personal_id_number"),
        override == null ? null : v.shared(YearMonth.from(override.toLocalDate())),
        v.shared(rs.getString("retirement_override_reason")),
        rs.getLong("version"));
  }

  private static RowMapper<Assignment> assignment(SharedValues v) {
    return (rs, n) -> {
      String form = rs.getString("form");
      return new Assignment(
          rs.getLong("id"),
          v.shared(rs.getString("cadre_code")),
          v.shared(rs.getString("position_code")),
          localDate(rs.getDate("start_date"), v),
          localDate(rs.getDate("end_date"), v),
          form == null ? null : AssignmentForm.valueOf(form),
          v.shared(rs.getString("decision_number")),
          rs.getLong("version"));
    };
  }

  private static RowMapper<Assessment> assessment(SharedValues v) {
    return (rs, n) ->
        new Assessment(
            v.shared(rs.getString("cadre_code")),
            rs.getInt("assessed_year"),
            AssessmentGrade.valueOf(rs.getString("grade")));
  }

  private static RowMapper<Discipline> discipline(SharedValues v) {
    return (rs, n) ->
        new Discipline(
            v.shared(rs.getString("cadre_code")),
            DisciplineForm.valueOf(rs.getString("form")),
            localDate(rs.getDate("decided_on"), v),
            localDate(rs.getDate("effective_until"), v),
            v.shared(rs.getString("reason")));
  }

  private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
    if (!rows.isEmpty()) {
      template.batchUpdate(sql, rows, BATCH, setter);
    }
  }

  private static LocalDate localDate(Date d, SharedValues v) {
    return d == null ? null : v.shared(d.toLocalDate());
  }

  private static Date sqlDate(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
