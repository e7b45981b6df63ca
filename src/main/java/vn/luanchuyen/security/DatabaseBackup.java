package vn.luanchuyen.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditKey;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.audit.ChainCheck;
import vn.luanchuyen.audit.SignedHead;
import vn.luanchuyen.audit.Verification;
import vn.luanchuyen.shared.RecordChanged;

/**
 * A portable backup of the whole database: every table of the application (not Flyway's history) as
 * JSON rows, the same on H2 and PostgreSQL, so a backup of one restores into the other. The file is
 * signed with the audit key ({@link AuditKey}): every table, column and value goes into an HMAC
 * written at its end.
 *
 * <p>A restore first reads the whole file without touching the database: the signature must be this
 * installation's and the audit trail inside it must verify (chain and signed head). Only then does
 * it replace everything, in one transaction that also appends the restore to the trail (which head
 * it replaced, which file by its SHA-256); the trail's anchor then follows the restored trail. A
 * refused restore changes nothing and is audited too. A backup of another schema version is
 * refused. The file holds personal data (Decree 13/2023): keep it as protected as the database. It
 * holds no password hashes: after a restore, the users of the database keep their passwords, and a
 * user only in the backup comes back disabled, without a password, until an administrator sets one.
 */
@Service
public class DatabaseBackup {
  static final String FORMAT = "luanchuyen-backup";
  static final int FORMAT_VERSION = 2;
  private static final String HISTORY = "flyway_schema_history";
  private static final int BATCH = 1000;
  private static final String USERS = "security_user";
  private static final String PASSWORD_HASH = "password_hash";

  /** No password matches it: a user restored without one cannot sign in until one is set. */
  static final String NO_PASSWORD = "!";

  private final DataSource dataSource;
  private final AuditKey key;
  private final AuditTrail trail;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final JsonFactory json = new JsonFactory();

  DatabaseBackup(
      DataSource dataSource,
      AuditKey key,
      AuditTrail trail,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.key = key;
    this.trail = trail;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
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
        AuditKey.Signer signer = key.signer();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeStringField("schemaVersion", schema);
        g.writeStringField("signedBy", signer.keyId());
        signer.add(FORMAT).add(Integer.toString(FORMAT_VERSION)).add(schema);
        g.writeArrayFieldStart("tables");
        for (Table t : tables(c)) {
          counts.put(t.name(), writeTable(c, t, g, signer));
        }
        g.writeEndArray();
        g.writeStringField("signature", signer.sign().toString());
        g.writeEndObject();
        c.commit();
        return new Summary(schema, counts);
      }
    }
  }

  private long writeTable(Connection c, Table all, JsonGenerator g, AuditKey.Signer signer)
      throws SQLException, IOException {
    Table t =
        new Table(
            all.name(),
            all.columns().stream().filter(col -> !isPasswordHash(all, col)).toList(),
            all.key());
    g.writeStartObject();
    g.writeStringField("name", t.name());
    signer.add("table").add(t.name());
    g.writeArrayFieldStart("columns");
    for (Column col : t.columns()) {
      g.writeString(col.name());
      signer.add(col.name());
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
        signer.add("row");
        for (int i = 0; i < t.columns().size(); i++) {
          signer.add(writeValue(rs, i + 1, t.columns().get(i).type(), g));
        }
        g.writeEndArray();
        count++;
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    return count;
  }

  /** Password hashes stay in the database: a backup is no way to carry them off. */
  private static boolean isPasswordHash(Table t, Column col) {
    return USERS.equalsIgnoreCase(t.name()) && PASSWORD_HASH.equalsIgnoreCase(col.name());
  }

  /** Writes one value; returns it as the JSON text a parser reads back, or null. */
  private static String writeValue(ResultSet rs, int i, int type, JsonGenerator g)
      throws SQLException, IOException {
    String text =
        switch (type) {
          case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
            long v = rs.getLong(i);
            yield rs.wasNull() ? null : Long.toString(v);
          }
          case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
            BigDecimal v = rs.getBigDecimal(i);
            yield v == null ? null : v.toString();
          }
          case Types.BOOLEAN, Types.BIT -> {
            boolean v = rs.getBoolean(i);
            yield rs.wasNull() ? null : Boolean.toString(v);
          }
          case Types.DATE -> {
            Date v = rs.getDate(i);
            yield v == null ? null : v.toLocalDate().toString();
          }
          case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
            Timestamp v = rs.getTimestamp(i);
            yield v == null ? null : v.toLocalDateTime().toString();
          }
          case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
            byte[] v = rs.getBytes(i);
            yield v == null ? null : Base64.getEncoder().encodeToString(v);
          }
          default -> rs.getString(i);
        };
    if (text == null) {
      g.writeNull();
      return null;
    }
    switch (type) {
      case Types.BIGINT,
              Types.INTEGER,
              Types.SMALLINT,
              Types.TINYINT,
              Types.NUMERIC,
              Types.DECIMAL,
              Types.DOUBLE,
              Types.FLOAT,
              Types.REAL ->
          g.writeNumber(text);
      case Types.BOOLEAN, Types.BIT -> g.writeBoolean(Boolean.parseBoolean(text));
      default -> g.writeString(text);
    }
    return text;
  }

  /**
   * Replaces the whole database with the backup: first checks the whole file (signature, schema,
   * audit trail) without touching anything, then replaces everything in one transaction that also
   * records the restore in the audit trail. A refused backup changes nothing and is audited.
   *
   * @throws IllegalArgumentException if the file is not a signed, intact backup of this schema
   *     version
   */
  public Summary restore(InputStreamSource backup) throws IOException, SQLException {
    SignedHead replaced = trail.signedHead();
    Checked checked;
    try {
      checked = check(backup);
    } catch (IOException | RuntimeException e) {
      refused(replaced, e);
      throw e;
    }
    Map<String, Long> counts;
    List<Table> tables;
    try {
      tables = tables();
      counts =
          transaction.execute(
              status -> {
                try {
                  Connection c = DataSourceUtils.getConnection(dataSource);
                  Map<String, Long> restored = replaceAll(c, tables, backup);
                  trail.recordRestore(
                      new RecordChanged(
                          "database",
                          "restore",
                          "RESTORE",
                          headText(replaced),
                          "{\"file\":\""
                              + checked.sha256()
                              + "\",\"schemaVersion\":\""
                              + checked.schemaVersion()
                              + "\",\"restoredHead\":"
                              + headText(checked.head())
                              + ",\"rows\":"
                              + restored.values().stream().mapToLong(Long::longValue).sum()
                              + "}"));
                  return restored;
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      refused(replaced, e.getCause());
      throw e.getCause();
    } catch (RuntimeException e) {
      refused(replaced, e);
      throw e;
    }
    try (Connection c = dataSource.getConnection()) {
      restartIdentities(c, tables);
    }
    return new Summary(checked.schemaVersion(), counts);
  }

  /** What the check of a backup found: its schema, its trail's head, its SHA-256. */
  private record Checked(String schemaVersion, SignedHead head, String sha256) {}

  /**
   * Reads the whole backup without touching the database: format, schema version, the HMAC over
   * every value, and the audit trail inside it.
   */
  private Checked check(InputStreamSource backup) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
    String current;
    try (Connection c = dataSource.getConnection()) {
      current = schemaVersion(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(backup.getInputStream(), sha);
        JsonParser p = json.createParser(in)) {
      String schema = header(p, current);
      expectField(p, "signedBy");
      AuditKey.Signer signer =
          key.signer(p.nextTextValue())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "bản sao lưu được ký bằng một khóa không có trong tệp khóa "
                              + key.file()))
              .add(FORMAT)
              .add(Integer.toString(FORMAT_VERSION))
              .add(schema);
      ChainCheck chain = new ChainCheck(key);
      SignedHead head = null;
      expectField(p, "tables");
      expect(p.nextToken(), JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        expectField(p, "name");
        String name = p.nextTextValue();
        signer.add("table").add(name);
        expectField(p, "columns");
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<String> columns = new ArrayList<>();
        String column;
        while ((column = p.nextTextValue()) != null) {
          columns.add(column);
          signer.add(column);
        }
        expectField(p, "rows");
        expect(p.nextToken(), JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_ARRAY) {
          signer.add("row");
          Map<String, String> row = new HashMap<>();
          for (String col : columns) {
            JsonToken token = p.nextToken();
            if (token == null || token.isStructStart() || token.isStructEnd()) {
              throw new IllegalArgumentException("bản sao lưu hỏng: hàng của bảng " + name);
            }
            String value = token == JsonToken.VALUE_NULL ? null : p.getText();
            signer.add(value);
            row.put(col, value);
          }
          expect(p.nextToken(), JsonToken.END_ARRAY);
          if (name.equals("audit_entry")) {
            chain.add(auditEntry(row));
          } else if (name.equals("audit_head")) {
            head = auditHead(row);
          }
        }
        expect(p.nextToken(), JsonToken.END_OBJECT);
      }
      expectField(p, "signature");
      if (!AuditKey.same(AuditKey.Signature.parse(p.nextTextValue()).orElse(null), signer.sign())) {
        throw new IllegalArgumentException(
            "bản sao lưu không mang chữ ký đúng của khóa nhật ký: tệp đã bị sửa hoặc không do"
                + " hệ thống này tạo");
      }
      if (head == null) {
        throw new IllegalArgumentException("bản sao lưu thiếu đầu chuỗi nhật ký");
      }
      Verification v = chain.finish(head);
      if (!v.intact()) {
        throw new IllegalArgumentException(
            "nhật ký trong bản sao lưu bị can thiệp tại mục số "
                + v.brokenAt()
                + ": "
                + v.problem());
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return new Checked(schema, head, HexFormat.of().formatHex(sha.digest()));
    }
  }

  private String header(JsonParser p, String current) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    expectField(p, "format");
    if (!FORMAT.equals(p.nextTextValue())) {
      throw new IllegalArgumentException("tệp không phải bản sao lưu của Luân Chuyển");
    }
    expectField(p, "formatVersion");
    if (p.nextIntValue(0) != FORMAT_VERSION) {
      throw new IllegalArgumentException("không đọc được phiên bản định dạng sao lưu này");
    }
    expectField(p, "schemaVersion");
    String schema = p.nextTextValue();
    if (!current.equals(schema)) {
      throw new IllegalArgumentException(
          "bản sao lưu thuộc lược đồ "
              + schema
              + ", cơ sở dữ liệu đang ở lược đồ "
              + current
              + "; hãy khôi phục bằng đúng phiên bản chương trình đã sao lưu");
    }
    return schema;
  }

  private static AuditEntry auditEntry(Map<String, String> row) {
    return new AuditEntry(
        Long.parseLong(row.get("seq")),
        LocalDateTime.parse(row.get("recorded_at")),
        row.get("actor"),
        row.get("action"),
        row.get("record_type"),
        row.get("record_id"),
        row.get("before_value"),
        row.get("after_value"),
        row.get("previous_hash"),
        row.get("entry_hash"));
  }

  private static SignedHead auditHead(Map<String, String> row) {
    String keyId = row.get("key_id");
    String mac = row.get("signature");
    return new SignedHead(
        row.get("trail_id"),
        Long.parseLong(row.get("seq")),
        row.get("entry_hash"),
        keyId == null || mac == null ? null : new AuditKey.Signature(keyId, mac));
  }

  private static String headText(SignedHead head) {
    return "{\"trail\":"
        + (head.trailId() == null ? "null" : "\"" + head.trailId() + "\"")
        + ",\"seq\":"
        + head.seq()
        + ",\"hash\":\""
        + head.entryHash()
        + "\"}";
  }

  /** Writes the refusal to the trail of the database that stays; never hides the refusal. */
  private void refused(SignedHead kept, Throwable why) {
    try {
      events.publishEvent(
          new RecordChanged(
              "database",
              "restore",
              "RESTORE_REFUSED",
              headText(kept),
              String.valueOf(why.getMessage())));
    } catch (RuntimeException e) {
      why.addSuppressed(e);
    }
  }

  private List<Table> tables() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return tables(c);
    }
  }

  /** Deletes every table and reads the backup into them, on the transaction's connection. */
  private Map<String, Long> replaceAll(Connection c, List<Table> tables, InputStreamSource backup)
      throws IOException, SQLException {
    Map<String, Table> byName = new HashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, Long> counts = new LinkedHashMap<>();
    try (InputStream in = backup.getInputStream();
        JsonParser p = json.createParser(in)) {
      header(p, schemaVersion(c));
      expectField(p, "signedBy");
      p.nextTextValue();
      Map<String, String> passwords = passwordHashes(c);
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
      keepPasswords(c, passwords);
    }
    return counts;
  }

  private static Map<String, String> passwordHashes(Connection c) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select username, password_hash from " + USERS)) {
      while (rs.next()) {
        hashes.put(rs.getString(1), rs.getString(2));
      }
    }
    return hashes;
  }

  /**
   * After a restore, users keep the passwords they have now; a user only in the backup comes back
   * disabled and without a password, until an administrator sets one and enables them.
   */
  private static void keepPasswords(Connection c, Map<String, String> current) throws SQLException {
    try (PreparedStatement keep =
        c.prepareStatement("update " + USERS + " set password_hash = ? where username = ?")) {
      for (Map.Entry<String, String> user : current.entrySet()) {
        keep.setString(1, user.getValue());
        keep.setString(2, user.getKey());
        keep.addBatch();
      }
      keep.executeBatch();
    }
    try (PreparedStatement none =
        c.prepareStatement(
            "update "
                + USERS
                + " set password_hash = ?, enabled = false where password_hash = ?")) {
      none.setString(1, NO_PASSWORD);
      none.setString(2, NO_PASSWORD);
      none.executeUpdate();
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
    boolean withoutPassword =
        USERS.equalsIgnoreCase(t.name())
            && columns.stream().noneMatch(col -> PASSWORD_HASH.equalsIgnoreCase(col.name()));
    String sql =
        "insert into "
            + t.name()
            + " ("
            + String.join(", ", columns.stream().map(Column::name).toList())
            + (withoutPassword ? ", " + PASSWORD_HASH : "")
            + ") values ("
            + String.join(", ", columns.stream().map(col -> "?").toList())
            + (withoutPassword ? ", '" + NO_PASSWORD + "'" : "")
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
