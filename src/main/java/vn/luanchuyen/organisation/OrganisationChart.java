package vn.luanchuyen.organisation;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.shared.ChangeMark;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.shared.VietnameseOrder;

/** The organisation chart: reads and stores units, seats and code lists. */
@Service
public class OrganisationChart {

  private static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ApplicationEventPublisher events;

  OrganisationChart(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.template = template;
    this.events = events;
  }

  /** Every code list entry: the standard ones and those users added. */
  @Transactional(readOnly = true)
  public List<CodeEntry> codes() {
    Map<String, CodeEntry> byKey = new java.util.LinkedHashMap<>();
    for (CodeEntry e : StandardCodes.all()) {
      byKey.put(e.kind() + ":" + e.code(), e);
    }
    jdbc.sql("select kind, code, name from org_code order by kind, code")
        .query(
            (rs, n) ->
                new CodeEntry(
                    CodeKind.fromCode(rs.getString(1)).orElseThrow(),
                    rs.getString(2),
                    rs.getString(3)))
        .list()
        .forEach(e -> byKey.put(e.kind() + ":" + e.code(), e));
    return List.copyOf(byKey.values());
  }

  /**
   * A place as people name it. Places are often recorded as a locality code ({@code HD-DONGMAI});
   * the locality's People's Committee is named after it ("UBND phường Đồng Mai" → "phường Đồng
   * Mai"). A place that is no locality's code is returned as recorded; null stays null. The one
   * home of a place's name: the profile and the personal history (2C) both ask here.
   */
  public String placeName(String place) {
    if (place == null || place.isBlank()) {
      return place;
    }
    String committee = "UBND";
    return units().stream()
        .filter(u -> place.equals(u.localityCode()) && committee.equals(u.typeCode()))
        .map(
            u ->
                u.name().startsWith(committee + " ")
                    ? u.name().substring(committee.length() + 1)
                    : u.name())
        .findFirst()
        .orElse(place);
  }

  /** The name of a code, or the code itself if the list does not know it. */
  public String codeName(List<CodeEntry> codes, CodeKind kind, String code) {
    return codes.stream()
        .filter(e -> e.kind() == kind && e.code().equals(code))
        .map(CodeEntry::name)
        .findFirst()
        .orElse(code);
  }

  /**
   * A mark that changes whenever the stored units or seats change: the row counts, the sums of the
   * row versions (every update adds one). For caches of whole-registry computations, which compare
   * it before reuse.
   */
  @Transactional(readOnly = true)
  public String changeMark() {
    return jdbc.sql(
            "select * from (select count(*), coalesce(sum(version), 0) from org_unit) u"
                + " cross join (select count(*), coalesce(sum(version), 0) from org_position) p")
        .query(ChangeMark::of)
        .single();
  }

  @Transactional(readOnly = true)
  public List<Unit> units() {
    return units(new SharedValues());
  }

  /** Every unit, each code and day read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Unit> units(SharedValues values) {
    Map<String, List<String>> predecessors = predecessors();
    return jdbc.sql(
            "select code, name, level_code, type_code, block, parent_code, locality_code,"
                + " valid_from, valid_to, version from org_unit order by code")
        .query(unit(predecessors, values))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(unitsByCode(List.of(code)).get(code));
  }

  /** The units of the given codes that exist, by code: two queries however many. */
  @Transactional(readOnly = true)
  public Map<String, Unit> unitsByCode(Collection<String> codes) {
    Map<String, Unit> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    Map<String, List<String>> predecessors = new HashMap<>();
    jdbc.sql(
            "select unit_code, predecessor_code from org_unit_predecessor"
                + " where unit_code in (:codes) order by unit_code, predecessor_code")
        .param("codes", codes)
        .query(
            rs -> {
              predecessors
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(rs.getString(2));
            });
    jdbc.sql(
            "select code, name, level_code, type_code, block, parent_code, locality_code,"
                + " valid_from, valid_to, version from org_unit where code in (:codes)")
        .param("codes", codes)
        .query(unit(predecessors, new SharedValues()))
        .list()
        .forEach(u -> found.put(u.code(), u));
    return found;
  }

  /**
   * The units whose parent is the given unit (or the roots, for null), by name in Vietnamese order.
   */
  @Transactional(readOnly = true)
  public List<Unit> children(String parentCode) {
    Map<String, List<String>> predecessors = predecessors();
    String where = parentCode == null ? "parent_code is null" : "parent_code = :parent";
    var query =
        jdbc.sql(
            "select code, name, level_code, type_code, block, parent_code, locality_code,"
                + " valid_from, valid_to, version from org_unit where "
                + where
                + " order by code");
    if (parentCode != null) {
      query = query.param("parent", parentCode);
    }
    return query.query(unit(predecessors, new SharedValues())).list().stream()
        .sorted(VietnameseOrder.by(Unit::name))
        .toList();
  }

  /** How many units each unit has directly below it. */
  @Transactional(readOnly = true)
  public Map<String, Integer> childCounts() {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql(
            "select parent_code, count(*) from org_unit where parent_code is not null group by parent_code")
        .query(
            rs -> {
              counts.put(rs.getString(1), rs.getInt(2));
            });
    return counts;
  }

  @Transactional(readOnly = true)
  public List<Position> positions() {
    return positions(new SharedValues());
  }

  /** Every seat, each code and name read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<Position> positions(SharedValues values) {
    return jdbc.sql(
            "select code, unit_code, name, seat_rank, role_key, version from org_position"
                + " order by unit_code, seat_rank desc, code")
        .query(position(values))
        .list();
  }

  @Transactional(readOnly = true)
  public List<Position> positionsOf(String unitCode) {
    return jdbc.sql(
            "select code, unit_code, name, seat_rank, role_key, version from org_position"
                + " where unit_code = ? order by seat_rank desc, code")
        .param(unitCode)
        .query(position(new SharedValues()))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Position> position(String code) {
    return jdbc.sql(
            "select code, unit_code, name, seat_rank, role_key, version from org_position"
                + " where code = ?")
        .param(code)
        .query(position(new SharedValues()))
        .optional();
  }

  @Transactional(readOnly = true)
  public Map<String, Position> positionsByCode(Collection<String> codes) {
    Map<String, Position> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select code, unit_code, name, seat_rank, role_key, version from org_position"
                + " where code in (:codes)")
        .param("codes", codes)
        .query(position(new SharedValues()))
        .list()
        .forEach(p -> found.put(p.code(), p));
    return found;
  }

  @Transactional(readOnly = true)
  public long unitCount() {
    return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
  }

  /**
   * Creates or replaces, by code, the given code-list entries, units and seats. Nothing else is
   * touched. Runs in the caller's transaction.
   */
  @Transactional
  public void storeAll(List<CodeEntry> codes, List<Unit> units, List<Position> positions) {
    Set<String> standard = new HashSet<>();
    StandardCodes.all().forEach(e -> standard.add(e.kind() + ":" + e.code()));
    List<CodeEntry> custom =
        codes.stream().filter(e -> !standard.contains(e.kind() + ":" + e.code())).toList();
    batch(
        "delete from org_code where kind = ? and code = ?",
        custom,
        (ps, e) -> {
          ps.setString(1, e.kind().code());
          ps.setString(2, e.code());
        });
    batch(
        "insert into org_code (kind, code, name) values (?, ?, ?)",
        custom,
        (ps, e) -> {
          ps.setString(1, e.kind().code());
          ps.setString(2, e.code());
          ps.setString(3, e.name());
        });

    Set<String> existingUnits =
        new HashSet<>(jdbc.sql("select code from org_unit").query(String.class).list());
    List<Unit> newUnits = units.stream().filter(u -> !existingUnits.contains(u.code())).toList();
    List<Unit> changedUnits = units.stream().filter(u -> existingUnits.contains(u.code())).toList();
    batch(
        "insert into org_unit (name, level_code, type_code, block, parent_code, locality_code,"
            + " valid_from, valid_to, code, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        newUnits,
        OrganisationChart::bindUnit);
    batch(
        "update org_unit set name = ?, level_code = ?, type_code = ?, block = ?, parent_code = ?,"
            + " locality_code = ?, valid_from = ?, valid_to = ?, version = version + 1"
            + " where code = ?",
        changedUnits,
        OrganisationChart::bindUnit);
    batch(
        "delete from org_unit_predecessor where unit_code = ?",
        changedUnits,
        (ps, u) -> ps.setString(1, u.code()));
    List<String[]> links = new ArrayList<>();
    for (Unit u : units) {
      for (String p : u.predecessorCodes()) {
        links.add(new String[] {u.code(), p});
      }
    }
    batch(
        "insert into org_unit_predecessor (unit_code, predecessor_code) values (?, ?)",
        links,
        (ps, l) -> {
          ps.setString(1, l[0]);
          ps.setString(2, l[1]);
        });

    Set<String> existingPositions =
        new HashSet<>(jdbc.sql("select code from org_position").query(String.class).list());
    batch(
        "insert into org_position (unit_code, name, seat_rank, role_key, code, version)"
            + " values (?, ?, ?, ?, ?, 0)",
        positions.stream().filter(p -> !existingPositions.contains(p.code())).toList(),
        OrganisationChart::bindPosition);
    batch(
        "update org_position set unit_code = ?, name = ?, seat_rank = ?, role_key = ?,"
            + " version = version + 1 where code = ?",
        positions.stream().filter(p -> existingPositions.contains(p.code())).toList(),
        OrganisationChart::bindPosition);
  }

  /**
   * Changes a unit's own fields if nobody changed it since {@code unit.version()} was read.
   *
   * @return the unit as stored, with its new version
   * @throws ConcurrentEditException if the stored version differs
   */
  @Transactional
  public Unit updateUnit(Unit unit) {
    Optional<Unit> before = unit(unit.code());
    int changed =
        jdbc.sql(
                "update org_unit set name = ?, level_code = ?, type_code = ?, block = ?,"
                    + " parent_code = ?, locality_code = ?, valid_from = ?, valid_to = ?,"
                    + " version = version + 1 where code = ? and version = ?")
            .params(
                unit.name(),
                unit.levelCode(),
                unit.typeCode(),
                unit.block().name(),
                unit.parentCode(),
                unit.localityCode(),
                unit.validFrom(),
                unit.validTo(),
                unit.code(),
                unit.version())
            .update();
    if (changed == 0) {
      if (unit(unit.code()).isEmpty()) {
        throw new NotFoundException("unit", unit.code());
      }
      throw new ConcurrentEditException("unit " + unit.code());
    }
    Unit after = unit(unit.code()).orElseThrow();
    events.publishEvent(
        new RecordChanged(
            "unit",
            unit.code(),
            "UPDATE",
            before.map(Unit::toString).orElse(null),
            after.toString()));
    return after;
  }

  private Map<String, List<String>> predecessors() {
    Map<String, List<String>> map = new HashMap<>();
    jdbc.sql(
            "select unit_code, predecessor_code from org_unit_predecessor"
                + " order by unit_code, predecessor_code")
        .query(
            rs -> {
              map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return map;
  }

  private static RowMapper<Unit> unit(Map<String, List<String>> predecessors, SharedValues v) {
    return (rs, n) -> {
      String code = v.shared(rs.getString("code"));
      return new Unit(
          code,
          v.shared(rs.getString("name")),
          v.shared(rs.getString("level_code")),
          v.shared(rs.getString("type_code")),
          Block.valueOf(rs.getString("block")),
          v.shared(rs.getString("parent_code")),
          v.shared(rs.getString("locality_code")),
          v.shared(localDate(rs.getDate("valid_from"))),
          v.shared(localDate(rs.getDate("valid_to"))),
          predecessors.getOrDefault(code, List.of()),
          rs.getLong("version"));
    };
  }

  private static RowMapper<Position> position(SharedValues v) {
    return (rs, n) ->
        new Position(
            v.shared(rs.getString("code")),
            v.shared(rs.getString("unit_code")),
            v.shared(rs.getString("name")),
            PositionRank.fromCode(rs.getString("seat_rank")).orElseThrow(),
            v.shared(rs.getString("role_key")),
            rs.getLong("version"));
  }

  private static void bindUnit(java.sql.PreparedStatement ps, Unit u) throws SQLException {
    ps.setString(1, u.name());
    ps.setString(2, u.levelCode());
    ps.setString(3, u.typeCode());
    ps.setString(4, u.block().name());
    ps.setString(5, u.parentCode());
    ps.setString(6, u.localityCode());
    ps.setDate(7, sqlDate(u.validFrom()));
    ps.setDate(8, sqlDate(u.validTo()));
    ps.setString(9, u.code());
  }

  private static void bindPosition(java.sql.PreparedStatement ps, Position p) throws SQLException {
    ps.setString(1, p.unitCode());
    ps.setString(2, p.name());
    ps.setString(3, p.rank().code());
    ps.setString(4, p.roleKey());
    ps.setString(5, p.code());
  }

  private <T> void batch(
      String sql,
      List<T> rows,
      org.springframework.jdbc.core.ParameterizedPreparedStatementSetter<T> setter) {
    if (!rows.isEmpty()) {
      template.batchUpdate(sql, rows, BATCH, setter);
    }
  }

  static LocalDate localDate(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  static Date sqlDate(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
