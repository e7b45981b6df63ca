package vn.luanchuyen.importexport;

import static vn.luanchuyen.importexport.WorkbookFormat.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Writes registry content as an exchange workbook that {@link WorkbookReader} reads back to equal
 * content. Rows stream through SXSSF (a hundred at a time in memory) in a fixed order: by code, and
 * history by cadre and date. Dates are real Excel dates shown dd/mm/yyyy; birth dates are text in
 * their own precision (dd/MM/yyyy, MM/yyyy or yyyy) so that a birth year stays a year.
 */
public final class WorkbookWriter {

  /** Excel's limit: 1,048,576 rows a sheet, the header included. */
  static final int EXCEL_ROWS_PER_SHEET = 1_048_575;

  private final int rowsPerSheet;
  private final boolean versions;

  /**
   * A writer that continues a sheet past Excel's row limit on sheets named {@code QuaTrinhCongTac
   * (2)}, {@code (3)}, … with the same header, which the reader reads back as one list.
   */
  public WorkbookWriter() {
    this(EXCEL_ROWS_PER_SHEET, false);
  }

  WorkbookWriter(int rowsPerSheet) {
    this(rowsPerSheet, false);
  }

  private WorkbookWriter(int rowsPerSheet, boolean versions) {
    this.rowsPerSheet = rowsPerSheet;
    this.versions = versions;
  }

  /**
   * A writer for an export of the stored registry: each unit, seat and cadre row also carries the
   * record's version, so that importing the workbook later refuses rows changed in between. Content
   * that was never stored (a generated workbook) is written without versions.
   */
  static WorkbookWriter exportingVersions() {
    return new WorkbookWriter(EXCEL_ROWS_PER_SHEET, true);
  }

  private Long version(long version) {
    return versions ? version : null;
  }

  private static final int ROWS_IN_MEMORY = 100;

  /** Writes the workbook to a file, replacing it. */
  public void write(RegistryContent content, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(content, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the workbook to a stream, which is not closed. */
  public void write(RegistryContent content, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    workbook.setCompressTempFiles(true);
    try {
      Styles styles = Styles.of(workbook);
      writeSheet(workbook, styles, UNITS, sorted(content.units(), byText(Unit::code)), this::unit);
      writeSheet(
          workbook,
          styles,
          POSITIONS,
          sorted(content.positions(), byText(Position::code)),
          this::position);
      writeSheet(
          workbook, styles, CADRES, sorted(content.cadres(), byText(Cadre::code)), this::cadre);
      writeSheet(
          workbook,
          styles,
          ASSIGNMENTS,
          sorted(
              content.assignments(),
              byText(Assignment::cadreCode)
                  .thenComparing(byDate(Assignment::startDate))
                  .thenComparing(byText(Assignment::positionCode))),
          this::assignment);
      writeSheet(
          workbook,
          styles,
          PLANNING,
          sorted(
              content.planning(),
              byText(SuccessionEntry::cadreCode)
                  .thenComparing(byText(p -> p.term() == null ? null : p.term().code()))
                  .thenComparing(byText(SuccessionEntry::roleKey))
                  .thenComparing(byText(SuccessionEntry::unitCode))),
          this::planning);
      writeSheet(
          workbook,
          styles,
          ASSESSMENTS,
          sorted(
              content.assessments(),
              byText(Assessment::cadreCode).thenComparingInt(Assessment::year)),
          this::assessment);
      writeSheet(
          workbook,
          styles,
          DISCIPLINES,
          sorted(
              content.disciplines(),
              byText(Discipline::cadreCode).thenComparing(byDate(Discipline::decidedOn))),
          this::discipline);
      writeSheet(
          workbook,
          styles,
          CODES,
          sorted(
              content.codes(),
              Comparator.comparing(
                      (CodeEntry c) -> c.kind(), Comparator.nullsFirst(Comparator.naturalOrder()))
                  .thenComparing(byText(CodeEntry::code))),
          this::code);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The bold header style and the date style of one workbook. */
  record Styles(CellStyle header, CellStyle date) {
    static Styles of(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      return new Styles(header, date);
    }
  }

  /** Creates a sheet with its bold, frozen header row. */
  static Sheet headedSheet(Workbook workbook, Styles styles, WorkbookFormat.Sheet spec) {
    return headedSheet(workbook, styles, spec, spec.name());
  }

  private static Sheet headedSheet(
      Workbook workbook, Styles styles, WorkbookFormat.Sheet spec, String name) {
    Sheet sheet = workbook.createSheet(name);
    Row header = sheet.createRow(0);
    List<Column> columns = spec.columns();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(styles.header());
      sheet.setColumnWidth(i, Math.max(14, columns.get(i).header().length() + 4) * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private <T> void writeSheet(
      Workbook workbook,
      Styles styles,
      WorkbookFormat.Sheet spec,
      List<T> records,
      Function<T, Object[]> values) {
    Sheet sheet = headedSheet(workbook, styles, spec);
    int r = 1;
    int part = 1;
    for (T record : records) {
      if (r > rowsPerSheet) {
        part++;
        sheet = headedSheet(workbook, styles, spec, WorkbookFormat.partName(spec.name(), part));
        r = 1;
      }
      Row row = sheet.createRow(r++);
      Object[] cells = values.apply(record);
      for (int i = 0; i < cells.length; i++) {
        Object v = cells[i];
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(styles.date());
        } else if (v instanceof Integer n) {
          cell.setCellValue(n);
        } else if (v instanceof Long n) {
          cell.setCellValue(n);
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
  }

  private Object[] unit(Unit u) {
    return new Object[] {
      u.code(),
      u.name(),
      u.levelCode(),
      u.typeCode(),
      u.block() == null ? null : u.block().name(),
      u.parentCode(),
      u.localityCode(),
      u.validFrom(),
      u.validTo(),
      u.predecessorCodes().isEmpty() ? null : String.join(", ", u.predecessorCodes()),
      version(u.version())
    };
  }

  private Object[] position(Position p) {
    return new Object[] {
      p.code(),
      p.unitCode(),
      p.name(),
      p.rank() == null ? null : p.rank().code(),
      p.roleKey(),
      version(p.version())
    };
  }

  private Object[] cadre(Cadre c) {
    return new Object[] {
      c.code(),
      c.fullName(),
      c.sex() == null ? null : c.sex().label(),
      c.birthDate() == null ? null : c.birthDate().format(),
      c.hometown(),
      c.permanentResidence(),
      c.birthplace(),
      c.ethnicity(),
      c.religion(),
      c.education(),
      c.politicalTheory(),
      c.stateManagement(),
      c.foreignLanguage(),
      c.itLevel(),
      c.partyJoinDate(),
      c.retirementOverride() == null ? null : Texts.month(c.retirementOverride()),
      c.retirementOverrideReason(),
      c.otherNames(),
      c.generalEducation(),
      c.partyOfficialDate(),
      c.awards(),
      version(c.version()),
      c.personalIdNumber()
    };
  }

  private Object[] assignment(Assignment a) {
    return new Object[] {
      a.cadreCode(),
      a.positionCode(),
      a.startDate(),
      a.endDate(),
      a.form() == null ? null : a.form().name(),
      a.decisionNumber()
    };
  }

  private Object[] planning(SuccessionEntry p) {
    return new Object[] {
      p.cadreCode(), p.roleKey(), p.unitCode(), p.term() == null ? null : p.term().code()
    };
  }

  private Object[] assessment(Assessment a) {
    return new Object[] {
      a.cadreCode(), a.year() == 0 ? null : a.year(), a.grade() == null ? null : a.grade().name()
    };
  }

  private Object[] discipline(Discipline d) {
    return new Object[] {
      d.cadreCode(),
      d.form() == null ? null : d.form().name(),
      d.decidedOn(),
      d.effectiveUntil(),
      d.reason()
    };
  }

  private Object[] code(CodeEntry c) {
    return new Object[] {c.kind() == null ? null : c.kind().code(), c.code(), c.name()};
  }

  private static <T> List<T> sorted(List<T> records, Comparator<T> order) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(order);
    return copy;
  }

  private static <T> Comparator<T> byText(Function<T, String> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  private static <T> Comparator<T> byDate(Function<T, LocalDate> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
