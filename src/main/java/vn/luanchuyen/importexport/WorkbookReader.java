package vn.luanchuyen.importexport;

import static vn.luanchuyen.importexport.WorkbookFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.PersonalIdNumbers;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Reads an exchange workbook by streaming its sheets with SAX, so that a workbook of a hundred
 * thousand cadres reads in modest memory. It never throws for bad input: every problem becomes an
 * {@link ImportProblem} and reading goes on to collect them all. Cross-record checks (references,
 * duplicates, overlaps) are left to {@link RegistryValidator}.
 *
 * <p>Bad files are bounded: an input larger than {@code maxBytes} is rejected unread, and while the
 * zip is inflated POI's {@link ZipSecureFile} rejects entries that expand more than 100 times or
 * beyond {@code maxEntryBytes}.
 */
public final class WorkbookReader {

  /** The largest workbook file accepted by default: 100 MB. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /**
   * The largest inflated part (one sheet's XML) accepted by default: 1 GB, which leaves room for a
   * sheet of 500,000 assignments written with inline strings (about 200 MB).
   */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

  /** An entry may inflate to at most 100 times its compressed size. */
  static final double MIN_INFLATE_RATIO = 0.01;

  private final long maxBytes;
  private final long maxEntryBytes;

  public WorkbookReader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRY_BYTES);
  }

  /** The values the CanBo sheet's Giới tính column takes, as the format spells them. */
  private static final String SEX_VALUES =
      String.join(", ", Arrays.stream(Sex.values()).map(Sex::label).toList());

  /**
   * @param maxBytes the largest workbook file accepted
   * @param maxEntryBytes the largest inflated part of the workbook accepted
   */
  public WorkbookReader(long maxBytes, long maxEntryBytes) {
    if (maxBytes <= 0 || maxEntryBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxEntryBytes = maxEntryBytes;
  }

  /**
   * Told, while a workbook is read, each time every record of a kind has been read: the last sheet
   * that can hold the kind (its continuations included) is done, or the workbook has no such sheet.
   */
  interface KindsRead {
    KindsRead NONE = (kind, soFar, clean) -> {};

    /**
     * @param kind the kind now wholly read
     * @param soFar the records read so far; those of {@code kind} and of every kind told before are
     *     all there
     * @param clean whether the workbook has read without a problem so far
     */
    void read(RecordKind kind, RegistryContent soFar, boolean clean);
  }

  /** Reads a workbook file. */
  public WorkbookRead read(Path file) {
    return read(file, KindsRead.NONE);
  }

  /** Reads a workbook file, telling {@code kindsRead} as each kind of record is wholly read. */
  WorkbookRead read(Path file, KindsRead kindsRead) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return failed("file-unreadable");
    }
    if (size > maxBytes) {
      return tooLarge();
    }
    return readFile(file, kindsRead);
  }

  /**
   * Reads a workbook from a stream (an upload), which is first copied to a temporary file so that
   * the zip can be read entry by entry instead of wholly in memory. The stream is not closed.
   */
  public WorkbookRead read(InputStream in) {
    return read(in, KindsRead.NONE);
  }

  /** Reads an uploaded workbook, telling {@code kindsRead} as each kind is wholly read. */
  WorkbookRead read(InputStream in, KindsRead kindsRead) {
    Path temp = null;
    try {
      temp = Files.createTempFile("luanchuyen-import-", ".xlsx");
      boolean withinLimit;
      try (OutputStream out = Files.newOutputStream(temp)) {
        withinLimit = copyAtMost(in, out, maxBytes);
      }
      return withinLimit ? readFile(temp, kindsRead) : tooLarge();
    } catch (IOException e) {
      return failed("file-unreadable");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          temp.toFile().deleteOnExit();
        }
      }
    }
  }

  private static boolean copyAtMost(InputStream in, OutputStream out, long limit)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limit) {
        return false;
      }
      out.write(buffer, 0, n);
    }
    return true;
  }

  private WorkbookRead readFile(Path file, KindsRead kindsRead) {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(file.toFile());
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      return failed("file-old-excel");
    }
    if (magic != FileMagic.OOXML) {
      return notXlsx();
    }
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      return readPackage(pkg, kindsRead);
    } catch (Exception e) {
      if (isZipBomb(e)) {
        return failed("file-zip-bomb");
      }
      return notXlsx();
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  private WorkbookRead readPackage(OPCPackage pkg, KindsRead kindsRead) throws Exception {
    XSSFReader xssf = new XSSFReader(pkg);
    StylesTable styles = xssf.getStylesTable();
    CappedSharedStrings strings = new CappedSharedStrings(pkg);
    boolean date1904;
    try (InputStream workbook = xssf.getWorkbookData()) {
      date1904 = readDate1904(workbook);
    }
    Collector collector = new Collector(date1904);
    Map<RecordKind, Integer> lastSheetOf = lastSheetOfEachKind(xssf);
    Set<RecordKind> told = EnumSet.noneOf(RecordKind.class);
    Set<RecordKind> seen = EnumSet.noneOf(RecordKind.class);
    Set<String> seenParts = new HashSet<>();
    XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
    for (int index = 0; sheets.hasNext(); index++) {
      try (InputStream data = sheets.next()) {
        String sheetName = sheets.getSheetName();
        Optional<Sheet> spec = sheetNamed(sheetName);
        boolean continuation = false;
        if (spec.isEmpty()) {
          spec = WorkbookFormat.continuationOf(sheetName);
          continuation = spec.isPresent();
        }
        if (spec.isEmpty()) {
          continue;
        }
        Sheet sheet = spec.get();
        if (continuation ? !seenParts.add(normalise(sheetName)) : !seen.add(sheet.kind())) {
          collector.problems.add(
              ImportProblem.of(
                  sheetName, 0, null, ImportProblem.reason("sheet-twice", "sheet", sheetName)));
        } else {
          readSheet(sheet, sheetName, data, strings, styles, collector);
        }
        if (lastSheetOf.get(sheet.kind()) == index && told.add(sheet.kind())) {
          kindsRead.read(sheet.kind(), collector.soFar(), collector.problems.isEmpty());
        }
      }
    }
    for (Sheet sheet : SHEETS) {
      if (sheet.required() && !seen.contains(sheet.kind())) {
        collector.problems.add(
            ImportProblem.of(
                sheet.name(),
                0,
                null,
                ImportProblem.reason("sheet-missing", "sheet", sheet.name())));
      }
    }
    for (Sheet sheet : SHEETS) {
      if (told.add(sheet.kind())) {
        kindsRead.read(sheet.kind(), collector.soFar(), collector.problems.isEmpty());
      }
    }
    return collector.result();
  }

  private static void readSheet(
      Sheet sheet,
      String sheetName,
      InputStream data,
      CappedSharedStrings strings,
      StylesTable styles,
      Collector collector)
      throws Exception {
    SheetRowReader rows = new SheetRowReader(sheet, sheetName, collector);
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new SheetXmlHandler(strings, styles, CappedSharedStrings.MAX_TEXT_LENGTH, rows));
      parser.parse(new InputSource(data));
    } catch (Exception e) {
      if (isZipBomb(e)) {
        throw e;
      }
      collector.problems.add(
          ImportProblem.of(sheetName, 0, null, ImportProblem.reason("sheet-damaged")));
    }
    rows.finish();
  }

  /**
   * The position, among the workbook's sheets, of the last sheet that can hold each kind of record
   * (the sheet itself or one of its continuations), read from the sheets' names alone.
   */
  private static Map<RecordKind, Integer> lastSheetOfEachKind(XSSFReader xssf) throws Exception {
    Map<RecordKind, Integer> last = new EnumMap<>(RecordKind.class);
    XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
    for (int index = 0; sheets.hasNext(); index++) {
      try (InputStream ignored = sheets.next()) {
        String name = sheets.getSheetName();
        Optional<Sheet> spec = sheetNamed(name).or(() -> WorkbookFormat.continuationOf(name));
        final int at = index;
        spec.ifPresent(s -> last.put(s.kind(), at));
      }
    }
    return last;
  }

  private static boolean readDate1904(InputStream workbookXml) throws Exception {
    boolean[] date1904 = new boolean[1];
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String localName, String qName, Attributes a) {
            if ("workbookPr".equals(localName)) {
              String v = a.getValue("date1904");
              date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
            }
          }
        });
    parser.parse(new InputSource(workbookXml));
    return date1904[0];
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private WorkbookRead tooLarge() {
    return failed(ImportProblem.reason("file-too-large", "megabytes", maxBytes / (1024 * 1024)));
  }

  private static WorkbookRead notXlsx() {
    return failed("file-not-xlsx");
  }

  /** The file as a whole cannot be read: one problem, with its code. */
  private static WorkbookRead failed(String code) {
    return failed(ImportProblem.reason(code));
  }

  private static WorkbookRead failed(Reason reason) {
    return new WorkbookRead(
        RegistryContent.empty(),
        SourceRows.none(),
        List.of(ImportProblem.of(FILE, 0, null, reason)));
  }

  /** Reads the rows of one sheet: the header row first, then records. */
  private static final class SheetRowReader implements SheetXmlHandler.RowSink {
    private final Sheet sheet;
    private final String sheetName;
    private final Collector collector;
    private final Map<Integer, String> headerCells = new HashMap<>();
    private boolean headerSeen;
    private boolean usable;
    private int[] slotOfColumn = new int[0];
    private RowCells cells;

    SheetRowReader(Sheet sheet, String sheetName, Collector collector) {
      this.sheet = sheet;
      this.sheetName = sheetName;
      this.collector = collector;
      collector.rows.startPart(sheet.kind(), sheetName);
    }

    @Override
    public void startRow(int row) {
      if (!headerSeen && row != 1) {
        resolveHeader();
      }
      if (usable) {
        cells.start(row);
      }
    }

    @Override
    public void cell(int row, int column, SheetCell cell) {
      if (!headerSeen) {
        if (cell.kind() == SheetCell.Kind.TEXT) {
          headerCells.put(column, cell.text());
        } else if (cell.kind() == SheetCell.Kind.NUMBER || cell.kind() == SheetCell.Kind.DATE) {
          headerCells.put(column, NumberToTextConverter.toText(cell.number()));
        }
      } else if (usable && column < slotOfColumn.length && slotOfColumn[column] >= 0) {
        cells.put(slotOfColumn[column], cell);
      }
    }

    @Override
    public void endRow(int row) {
      if (!headerSeen) {
        resolveHeader();
      } else if (usable && !cells.isBlank()) {
        collector.accept(sheet.kind(), cells);
      }
    }

    void finish() {
      if (!headerSeen) {
        resolveHeader();
      }
    }

    private void resolveHeader() {
      headerSeen = true;
      Map<String, Integer> byHeader = new HashMap<>();
      headerCells.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> byHeader.putIfAbsent(normalise(e.getValue()), e.getKey()));
      Map<String, Integer> slots = new HashMap<>();
      List<Integer> columns = new ArrayList<>();
      int maxColumn = -1;
      List<Column> specColumns = sheet.columns();
      for (int slot = 0; slot < specColumns.size(); slot++) {
        Column column = specColumns.get(slot);
        Integer at = byHeader.get(normalise(column.header()));
        if (at == null) {
          if (column.headerRequired()) {
            collector.problems.add(
                ImportProblem.of(
                    sheetName,
                    1,
                    column.header(),
                    ImportProblem.reason("column-missing", "column", column.header())));
          }
          columns.add(-1);
        } else {
          slots.put(column.header(), slot);
          columns.add(at);
          maxColumn = Math.max(maxColumn, at);
        }
      }
      slotOfColumn = new int[maxColumn + 1];
      Arrays.fill(slotOfColumn, -1);
      for (int slot = 0; slot < columns.size(); slot++) {
        if (columns.get(slot) >= 0) {
          slotOfColumn[columns.get(slot)] = slot;
        }
      }
      cells =
          new RowCells(
              sheet, sheetName, slots, collector.date1904, collector.shared, collector.problems);
      usable = true;
      headerCells.clear();
    }
  }

  /** Turns rows into records, remembering the row of each. */
  private static final class Collector {
    final boolean date1904;

    /** One object per code and per day among the workbook's records. */
    final SharedValues shared = new SharedValues();

    final List<ImportProblem> problems = new ArrayList<>();
    final SourceRows.Recorder rows = new SourceRows.Recorder();
    final ExportedVersions.Recorder versions = new ExportedVersions.Recorder();
    final List<CodeEntry> codes = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<Cadre> cadres = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<SuccessionEntry> planning = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Discipline> disciplines = new ArrayList<>();

    Collector(boolean date1904) {
      this.date1904 = date1904;
    }

    void accept(RecordKind kind, RowCells r) {
      switch (kind) {
        case UNIT, POSITION, CADRE -> versions.add(kind, recordsOf(kind), r.version(VERSION));
        default -> {
          // only units, seats and cadres carry a version
        }
      }
      switch (kind) {
        case CODE ->
            codes.add(
                new CodeEntry(
                    r.choice(CODE_LIST, CodeKind::fromCode, "CAP, LOAI, NHOM"),
                    r.code(CODE),
                    r.text(CODE_NAME)));
        case UNIT ->
            units.add(
                new Unit(
                    r.code(UNIT_CODE),
                    r.text(UNIT_NAME),
                    r.code(LEVEL),
                    r.code(UNIT_TYPE),
                    r.choice(BLOCK, Block::fromCode, "DANG, CHINH_QUYEN, MTTQ_DOAN_THE, SU_NGHIEP"),
                    r.code(PARENT),
                    r.code(LOCALITY),
                    r.date(VALID_FROM),
                    r.date(VALID_TO),
                    r.codes(PREDECESSORS),
                    0));
        case POSITION ->
            positions.add(
                new Position(
                    r.code(POSITION_CODE),
                    r.code(UNIT_CODE),
                    r.text(POSITION_NAME),
                    r.choice(RANK, PositionRank::fromCode, "TRUONG, PHO"),
                    r.code(ROLE),
                    0));
        case CADRE ->
            cadres.add(
                new Cadre(
                    r.code(CADRE_CODE),
                    r.text(FULL_NAME),
                    r.choice(SEX, Sex::fromLabel, SEX_VALUES),
                    r.partialDate(BIRTH_DATE),
                    r.code(BIRTHPLACE),
                    r.code(HOMETOWN),
                    r.code(RESIDENCE),
                    r.code(ETHNICITY),
                    r.code(RELIGION),
                    r.code(EDUCATION),
                    r.code(POLITICAL_THEORY),
                    r.code(STATE_MANAGEMENT),
                    r.code(FOREIGN_LANGUAGE),
                    r.code(IT_LEVEL),
                    r.date(PARTY_JOIN_DATE),
                    r.text(OTHER_NAMES),
                    r.text(GENERAL_EDUCATION),
                    r.date(PARTY_OFFICIAL_DATE),
                    r.text(AWARDS),
                    r.digits(PERSONAL_ID_NUMBER, PersonalIdNumbers.LENGTH),
                    r.yearMonth(RETIREMENT_OVERRIDE),
                    r.text(RETIREMENT_REASON),
                    0));
        case ASSIGNMENT ->
            assignments.add(
                new Assignment(
                    null,
                    r.code(CADRE_CODE),
                    r.code(POSITION_CODE),
                    r.date(START_DATE),
                    r.date(END_DATE),
                    r.choice(
                        FORM,
                        AssignmentForm::fromCode,
                        "BO_NHIEM, BAU, LUAN_CHUYEN, DIEU_DONG, CHUYEN_DOI"),
                    r.text(DECISION_NUMBER),
                    0));
        case PLANNING ->
            planning.add(
                new SuccessionEntry(
                    r.code(CADRE_CODE), r.code(ROLE), r.code(UNIT_CODE), r.term(TERM)));
        case ASSESSMENT ->
            assessments.add(
                new Assessment(
                    r.code(CADRE_CODE),
                    r.year(YEAR),
                    r.choice(GRADE, AssessmentGrade::fromCode, "HTXSNV, HTTNV, HTNV, KHTNV")));
        case DISCIPLINE ->
            disciplines.add(
                new Discipline(
                    r.code(CADRE_CODE),
                    r.choice(
                        FORM,
                        DisciplineForm::fromCode,
                        "KHIEN_TRACH, CANH_CAO, CACH_CHUC, KHAI_TRU"),
                    r.date(DECIDED_ON),
                    r.date(END_DATE),
                    r.text(REASON)));
      }
      rows.add(kind, r.row());
    }

    private int recordsOf(RecordKind kind) {
      return switch (kind) {
        case UNIT -> units.size();
        case POSITION -> positions.size();
        default -> cadres.size();
      };
    }

    /** The records read so far. */
    RegistryContent soFar() {
      return new RegistryContent(
          codes, units, positions, cadres, assignments, planning, assessments, disciplines);
    }

    WorkbookRead result() {
      List<ImportProblem> sorted = new ArrayList<>(problems);
      sorted.sort(ImportProblem.IN_WORKBOOK_ORDER);
      return new WorkbookRead(
          new RegistryContent(
              codes, units, positions, cadres, assignments, planning, assessments, disciplines),
          rows.build(),
          sorted,
          versions.build());
    }
  }
}
