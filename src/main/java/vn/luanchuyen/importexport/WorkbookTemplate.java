package vn.luanchuyen.importexport;

import static vn.luanchuyen.importexport.WorkbookFormat.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.shared.MessageRenderer;

/**
 * The blank exchange workbook a user fills in: a {@code HuongDan} sheet explaining every column in
 * Vietnamese, every data sheet with its headers, {@code DanhMuc} listing the standard levels, unit
 * types and roles, {@code MaHopLe} listing the other allowed codes with their Vietnamese names, and
 * drop-down lists on the code columns. {@link WorkbookReader} reads it as a workbook without
 * records other than the standard codes, and without problems.
 */
public final class WorkbookTemplate {

  static final String GUIDE_SHEET = "HuongDan";
  static final String ALLOWED_SHEET = "MaHopLe";
  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  /** Writes the template to a file, replacing it. */
  public void write(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the template to a stream, which is not closed. */
  public void write(OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookWriter.Styles styles = WorkbookWriter.Styles.of(workbook);
      writeGuide(workbook, styles);
      for (WorkbookFormat.Sheet spec : SHEETS) {
        WorkbookWriter.headedSheet(workbook, styles, spec);
      }
      textColumn(workbook, CADRES, PERSONAL_ID_NUMBER);
      List<CodeEntry> codes = new ArrayList<>(StandardCodes.all());
      codes.sort(Comparator.comparing(CodeEntry::kind));
      Sheet codeSheet = workbook.getSheet(CODES.name());
      for (int i = 0; i < codes.size(); i++) {
        Row row = codeSheet.createRow(i + 1);
        row.createCell(0).setCellValue(codes.get(i).kind().code());
        row.createCell(1).setCellValue(codes.get(i).code());
        row.createCell(2).setCellValue(codes.get(i).name());
      }
      codeSheet.setColumnWidth(2, 50 * 256);
      writeAllowedCodes(workbook, styles);
      addDropDowns(workbook, codes);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeGuide(XSSFWorkbook workbook, WorkbookWriter.Styles styles) {
    Sheet guide = workbook.createSheet(GUIDE_SHEET);
    List<String> notes =
        List.of(
            text("template.guide.title"),
            text("template.guide.headers"),
            text("template.guide.dates"),
            text("template.guide.codes"),
            text("template.guide.replace"),
            text("template.guide.all-or-nothing"),
            "");
    int r = 0;
    for (String note : notes) {
      guide.createRow(r++).createCell(0).setCellValue(note);
    }
    guide.getRow(0).getCell(0).setCellStyle(styles.header());
    Row header = guide.createRow(r++);
    String[] titles = {
      text("template.guide.sheet"),
      text("template.guide.column"),
      text("template.guide.required"),
      text("template.guide.meaning")
    };
    for (int i = 0; i < titles.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(styles.header());
    }
    for (WorkbookFormat.Sheet spec : SHEETS) {
      Row sheetRow = guide.createRow(r++);
      Cell name = sheetRow.createCell(0);
      name.setCellValue(spec.name());
      name.setCellStyle(styles.header());
      sheetRow.createCell(1).setCellValue("");
      sheetRow
          .createCell(2)
          .setCellValue(
              text(spec.required() ? "template.sheet.required" : "template.sheet.optional"));
      sheetRow.createCell(3).setCellValue(spec.guide(MessageRenderer.VIETNAMESE));
      for (Column column : spec.columns()) {
        Row row = guide.createRow(r++);
        row.createCell(0).setCellValue(spec.name());
        row.createCell(1).setCellValue(column.header());
        row.createCell(2)
            .setCellValue(
                text(
                    column.valueRequired()
                        ? "template.column.value-required"
                        : column.headerRequired()
                            ? "template.column.header-required"
                            : "template.column.optional"));
        row.createCell(3).setCellValue(spec.guide(column, MessageRenderer.VIETNAMESE));
      }
    }
    guide.setColumnWidth(0, 18 * 256);
    guide.setColumnWidth(1, 28 * 256);
    guide.setColumnWidth(2, 16 * 256);
    guide.setColumnWidth(3, 100 * 256);
  }

  /** What is typed into the column stays text, so a number keeps its leading zeros. */
  private static void textColumn(XSSFWorkbook workbook, WorkbookFormat.Sheet spec, String header) {
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    workbook
        .getSheet(spec.name())
        .setDefaultColumnStyle(spec.columns().indexOf(spec.column(header)), text);
  }

  private void writeAllowedCodes(XSSFWorkbook workbook, WorkbookWriter.Styles styles) {
    Sheet sheet = workbook.createSheet(ALLOWED_SHEET);
    String[] titles = {
      text("template.allowed.column"), text("template.allowed.code"), text("template.allowed.name")
    };
    Row header = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(styles.header());
    }
    List<String[]> rows = new ArrayList<>();
    for (Block b : Block.values()) {
      rows.add(new String[] {ofSheet(BLOCK, UNITS), b.name(), b.label()});
    }
    for (PositionRank p : PositionRank.values()) {
      rows.add(new String[] {ofSheet(RANK, POSITIONS), p.code(), p.label()});
    }
    for (Sex s : Sex.values()) {
      rows.add(new String[] {ofSheet(SEX, CADRES), s.label(), s.label()});
    }
    for (AssignmentForm f : AssignmentForm.values()) {
      rows.add(new String[] {ofSheet(FORM, ASSIGNMENTS), f.name(), f.label()});
    }
    for (AssessmentGrade g : AssessmentGrade.values()) {
      rows.add(new String[] {ofSheet(GRADE, ASSESSMENTS), g.name(), g.label()});
    }
    for (DisciplineForm f : DisciplineForm.values()) {
      rows.add(new String[] {ofSheet(FORM, DISCIPLINES), f.name(), f.label()});
    }
    for (CodeKind k : CodeKind.values()) {
      rows.add(new String[] {ofSheet(CODE_LIST, CODES), k.code(), k.label()});
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = sheet.createRow(i + 1);
      for (int c = 0; c < 3; c++) {
        row.createCell(c).setCellValue(rows.get(i)[c]);
      }
    }
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 18 * 256);
    sheet.setColumnWidth(2, 45 * 256);
    sheet.createFreezePane(0, 1);
  }

  private void addDropDowns(XSSFWorkbook workbook, List<CodeEntry> codes) {
    list(workbook, UNITS, LEVEL, codeRange(codes, CodeKind.LEVEL));
    list(workbook, UNITS, UNIT_TYPE, codeRange(codes, CodeKind.UNIT_TYPE));
    list(workbook, UNITS, BLOCK, names(Block.values()));
    list(
        workbook,
        POSITIONS,
        RANK,
        Arrays.stream(PositionRank.values()).map(PositionRank::code).toArray(String[]::new));
    list(workbook, POSITIONS, ROLE, codeRange(codes, CodeKind.ROLE));
    list(workbook, CADRES, SEX, Arrays.stream(Sex.values()).map(Sex::label).toArray(String[]::new));
    list(workbook, ASSIGNMENTS, FORM, names(AssignmentForm.values()));
    list(workbook, PLANNING, ROLE, codeRange(codes, CodeKind.ROLE));
    list(workbook, ASSESSMENTS, GRADE, names(AssessmentGrade.values()));
    list(workbook, DISCIPLINES, FORM, names(DisciplineForm.values()));
    list(
        workbook,
        CODES,
        CODE_LIST,
        Arrays.stream(CodeKind.values()).map(CodeKind::code).toArray(String[]::new));
  }

  /** The template's own words, in Vietnamese (the exchange format's language). */
  private static String text(String key) {
    return MessageRenderer.text(key, MessageRenderer.VIETNAMESE);
  }

  /** A column of the exchange format with its sheet, e.g. "Khối (DonVi)". */
  private static String ofSheet(String header, WorkbookFormat.Sheet sheet) {
    return header + " (" + sheet.name() + ")";
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  /** A formula naming the DanhMuc cells of one code list, which the template writes together. */
  private static String codeRange(List<CodeEntry> codes, CodeKind kind) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).kind() == kind) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return CODES.name() + "!$B$" + (first + 2) + ":$B$" + (last + 2);
  }

  /** A drop-down from fixed values: anything else is refused. */
  private void list(
      XSSFWorkbook workbook, WorkbookFormat.Sheet spec, String header, String[] values) {
    Sheet sheet = workbook.getSheet(spec.name());
    DataValidationHelper helper = sheet.getDataValidationHelper();
    add(sheet, spec, header, helper.createExplicitListConstraint(values), true);
  }

  /**
   * A drop-down from the standard codes on DanhMuc: other values only warn, since a user may add
   * codes on DanhMuc below the standard ones.
   */
  private void list(XSSFWorkbook workbook, WorkbookFormat.Sheet spec, String header, String range) {
    Sheet sheet = workbook.getSheet(spec.name());
    DataValidationHelper helper = sheet.getDataValidationHelper();
    add(sheet, spec, header, helper.createFormulaListConstraint(range), false);
  }

  private void add(
      Sheet sheet,
      WorkbookFormat.Sheet spec,
      String header,
      DataValidationConstraint constraint,
      boolean strict) {
    int column = spec.columns().indexOf(spec.column(header));
    DataValidation validation =
        sheet
            .getDataValidationHelper()
            .createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(
        strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
    validation.createErrorBox(text("template.drop-down.title"), text("template.drop-down.message"));
    sheet.addValidationData(validation);
  }
}
