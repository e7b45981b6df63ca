package vn.luanchuyen.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * A portable backup of the whole database: every table of the application (not Flyway's history) as
 * JSON rows, the same on H2 and PostgreSQL, so a backup of one restores into the other. A restore
 * replaces everything in one transaction, or changes nothing; it refuses a backup of another schema
 * version. The file holds personal data (Decree 13/2023): keep it as protected as the database.
 */
@Service
public class DatabaseBackup {
  static final String FORMAT = "luanchuyen-backup";
  private static final String HISTORY = "flyway_schema_history";
  private static final int BATCH = 1000;

  private final DataSource dataSource;
  private final JsonFactory json = new JsonFactory();

  DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What a backup or a restore handled: rows per table. */
  public record Summary(String schemaVersion, Map<String, Long> rows) {
    public long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private record Column(String name, int type, boolean generated) {}

  private record Table(String name, List<Column> columns, List<String> key) {}

  /** Writes the backup in one read-only, repeatable transaction. */
  public Summary backup(OutputStream out) throws IOException, SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (JsonGenerator g = json.createGenerator(out)) {
        String schema = schemaVersion(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", 1);
        g.writeStringField("schemaVersion", schema);
        g.writeArrayFieldStart("tables");
        for (Table t : tables(c)) {
          counts.put(t.name(), writeTable(c, t, g));
        }
        g.writeEndArray();
        g.writeEndObject();
        c.commit();
        return new Summary(schema, counts);
      }
    }
  }

  private long writeTable(Connection c, Table t, JsonGenerator g) throws SQLException, IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeArrayFieldStart("columns");
    for (Column col : t.columns()) {
      g.writeString(col.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    long count = 0;
    String order =
        String.join(", ", t.key().isEmpty() ? List.of(t.columns().get(0).name()) : t.key());
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select "
                    + String.join(", ", t.columns().stream().map(Column::name).toList())
                    + " from "
                    + t.name()
                    + " order by "
                    + order)) {
      while (rs.next()) {
        g.writeStartArray();
        for (int i = 0; i < t.columns().size(); i++) {
          writeValue(rs, i + 1, t.columns().get(i).type(), g);
        }
        g.writeEndArray();
        count++;
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    return count;
  }

  private static void writeValue(ResultSet rs, int i, int type, JsonGenerator g)
      throws SQLException, IOException {
    switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
        BigDecimal v = rs.getBigDecimal(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean v = rs.getBoolean(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeBoolean(v);
        }
      }
      case Types.DATE -> {
        Date v = rs.getDate(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v.toLocalDate().toString());
        }
      }
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
        Timestamp v = rs.getTimestamp(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v.toLocalDateTime().toString());
        }
      }
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] v = rs.getBytes(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(Base64.getEncoder().encodeToString(v));
        }
      }
      default -> {
        String v = rs.getString(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v);
        }
      }
    }
  }

  /**
   * Replaces the whole database with the backup, in one transaction.
   *
   * @throws IllegalArgumentException if the file is not a backup of this schema version
   */
  public Summary restore(InputStream in) throws IOException, SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<Table> tables = tables(c);
      Map<String, Table> byName = new HashMap<>();
      tables.forEach(t -> byName.put(t.name(), t));
      Map<String, Long> counts = new LinkedHashMap<>();
      String schema;
      try (JsonParser p = json.createParser(in)) {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        expectField(p, "format");
        if (!FORMAT.equals(p.nextTextValue())) {
          throw new IllegalArgumentException("tệp không phải bản sao lưu của Luân Chuyển");
        }
        expectField(p, "formatVersion");
        if (p.nextIntValue(0) != 1) {
          throw new IllegalArgumentException("không đọc được phiên bản định dạng sao lưu này");
        }
        expectField(p, "schemaVersion");
        schema = p.nextTextValue();
        String current = schemaVersion(c);
        if (!current.equals(schema)) {
          throw new IllegalArgumentException(
              "bản sao lưu thuộc lược đồ "
                  + schema
                  + ", cơ sở dữ liệu đang ở lược đồ "
                  + current
                  + "; hãy khôi phục bằng đúng phiên bản chương trình đã sao lưu");
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from " + tables.get(i).name());
          }
        }
        expectField(p, "tables");
        expect(p.nextToken(), JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
          expectField(p, "name");
          String name = p.nextTextValue();
          Table t = byName.get(name);
          if (t == null) {
            throw new IllegalArgumentException("bản sao lưu có bảng lạ: " + name);
          }
          counts.put(name, readTable(c, t, p));
          expect(p.nextToken(), JsonToken.END_OBJECT);
        }
        Set<String> missing = new LinkedHashSet<>(byName.keySet());
        missing.removeAll(counts.keySet());
        if (!missing.isEmpty()) {
          throw new IllegalArgumentException("bản sao lưu thiếu bảng: " + missing);
        }
        c.commit();
      } catch (IOException | SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      restartIdentities(c, tables);
      return new Summary(schema, counts);
    }
  }

  private long readTable(Connection c, Table t, JsonParser p) throws IOException, SQLException {
    expectField(p, "columns");
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<Column> columns = new ArrayList<>();
    Map<String, Column> known = new HashMap<>();
    t.columns().forEach(col -> known.put(col.name(), col));
    String name;
    while ((name = p.nextTextValue()) != null) {
      Column col = known.get(name);
      if (col == null) {
        throw new IllegalArgumentException("bảng " + t.name() + " không có cột " + name);
      }
      columns.add(col);
    }
    expectField(p, "rows");
    expect(p.nextToken(), JsonToken.START_ARRAY);
    String sql =
        "insert into "
            + t.name()
            + " ("
            + String.join(", ", columns.stream().map(Column::name).toList())
            + ") values ("
            + String.join(", ", columns.stream().map(col -> "?").toList())
            + ")";
    long count = 0;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      while (p.nextToken() == JsonToken.START_ARRAY) {
        for (int i = 0; i < columns.size(); i++) {
          bind(ps, i + 1, columns.get(i).type(), p.nextToken(), p);
        }
        expect(p.nextToken(), JsonToken.END_ARRAY);
        ps.addBatch();
        if (++count % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return count;
  }

  private static void bind(PreparedStatement ps, int i, int type, JsonToken token, JsonParser p)
      throws SQLException, IOException {
    if (token == JsonToken.VALUE_NULL) {
      ps.setNull(i, type);
      return;
    }
    switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
          ps.setLong(i, p.getLongValue());
      case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL ->
          ps.setBigDecimal(i, p.getDecimalValue());
      case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i, p.getBooleanValue());
      case Types.DATE -> ps.setDate(i, Date.valueOf(LocalDate.parse(p.getText())));
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          ps.setTimestamp(i, Timestamp.valueOf(LocalDateTime.parse(p.getText())));
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          ps.setBytes(i, Base64.getDecoder().decode(p.getText()));
      default -> ps.setString(i, p.getText());
    }
  }

  /** Generated ids continue after the largest restored one. */
  private static void restartIdentities(Connection c, List<Table> tables) throws SQLException {
    boolean postgres =
        c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    c.setAutoCommit(true);
    for (Table t : tables) {
      for (Column col : t.columns()) {
        if (!col.generated()) {
          continue;
        }
        long next;
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "select coalesce(max(" + col.name() + "), 0) + 1 from " + t.name())) {
          rs.next();
          next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
          if (postgres) {
            s.execute(
                "select setval(pg_get_serial_sequence('"
                    + t.name()
                    + "', '"
                    + col.name()
                    + "'), "
                    + next
                    + ", false)");
          } else {
            s.execute(
                "alter table "
                    + t.name()
                    + " alter column "
                    + col.name()
                    + " restart with "
                    + next);
          }
        }
      }
    }
  }

  /**
   * The applied migrations in version order, e.g. "1,2,3,4": the same for a database migrated
   * afresh and for one that applied a module's later-numbered migration out of order.
   */
  private static String schemaVersion(Connection c) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select \"version\" from \""
                    + HISTORY
                    + "\" where \"success\" = true and \"version\" is not null"
                    + " order by \"installed_rank\"")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    versions.sort(DatabaseBackup::compareVersions);
    return String.join(",", versions);
  }

  /** Flyway versions compared part by part as numbers: 12 before 13 before 40. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  /** The application's tables, parents before the tables that refer to them. */
  private static List<Table> tables(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.equals(HISTORY)) {
          names.add(name);
        }
      }
    }
    names.sort(String::compareTo);
    Map<String, Set<String>> parents = new HashMap<>();
    Map<String, Table> tables = new HashMap<>();
    for (String name : names) {
      String stored = stored(meta, name);
      Set<String> refs = new LinkedHashSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, stored)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(name)) {
            refs.add(parent);
          }
        }
      }
      parents.put(name, refs);
      List<Column> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, stored, "%")) {
        while (rs.next()) {
          columns.add(
              new Column(
                  rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                  rs.getInt("DATA_TYPE"),
                  "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
        }
      }
      Map<Short, String> key = new java.util.TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, stored)) {
        while (rs.next()) {
          key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      tables.put(name, new Table(name, columns, List.copyOf(key.values())));
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < names.size()) {
      boolean progress = false;
      for (String name : names) {
        if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
          placed.add(name);
          ordered.add(tables.get(name));
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("cyclic foreign keys among " + names);
      }
    }
    return ordered;
  }

  private static String stored(DatabaseMetaData meta, String name) throws SQLException {
    return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static void expectField(JsonParser p, String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      throw new IllegalArgumentException("bản sao lưu hỏng: thiếu trường " + name);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "bản sao lưu hỏng: gặp " + actual + " thay vì " + expected);
    }
  }
}
