package vn.luanchuyen.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import vn.luanchuyen.shared.MessageRenderer;

/**
 * A Word document (.docx) with {@code {{name}}} fields, filled from plain values. A field may be
 * split across runs, as Word does after an edit or a spelling check; the filled text takes the
 * formatting of the run where the field starts. A table row holding a field {@code {{list.field}}}
 * is repeated for each item of the list {@code list} (consecutive rows of one list together; a row
 * is left out for an item that has none of the row's fields). A field without a value prints as a
 * dotted blank to be completed by hand; a line break in a value becomes a line break in the
 * document.
 *
 * <p>The template itself is never changed: each {@link #fill} works on a fresh copy.
 */
public final class WordTemplate {

  /** A field: letters, digits, and one optional dot between a list and its item's field. */
  static final Pattern FIELD =
      Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)\\s*}}");

  /** What a field without a value prints. */
  public static final String BLANK = "……………";

  private final byte[] bytes;
  private final Set<String> fields;

  private WordTemplate(byte[] bytes, Set<String> fields) {
    this.bytes = bytes;
    this.fields = fields;
  }

  /**
   * Reads a template; refuses, in Vietnamese, what is not a Word document.
   *
   * @throws IllegalArgumentException if the bytes are not a readable .docx
   */
  public static WordTemplate of(byte[] docx) {
    try (XWPFDocument doc = open(docx)) {
      Set<String> found = new LinkedHashSet<>();
      for (XWPFParagraph p : paragraphs(doc)) {
        Matcher m = FIELD.matcher(p.getText());
        while (m.find()) {
          found.add(m.group(1));
        }
      }
      return new WordTemplate(docx.clone(), Set.copyOf(found));
    } catch (IOException e) {
      throw notWord();
    }
  }

  /** The names of the fields the template uses, e.g. {@code issuer} or {@code moves.cadreName}. */
  public Set<String> fields() {
    return fields;
  }

  /**
   * The document filled in.
   *
   * @param values a value per field name: text (or anything, printed with {@code toString}), or a
   *     list of maps, one per repeated row, keyed by the item's field names
   */
  public byte[] fill(Map<String, ?> values) {
    try (XWPFDocument doc = open(bytes)) {
      for (IBody body : bodies(doc)) {
        repeatRows(body, values);
      }
      for (XWPFParagraph p : paragraphs(doc)) {
        replace(p, name -> text(values, name));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a Word document, paragraph by paragraph (table cells too), one per line. */
  public static String text(byte[] docx) {
    try (XWPFDocument doc = open(docx)) {
      StringBuilder out = new StringBuilder();
      for (XWPFParagraph p : paragraphs(doc)) {
        out.append(p.getText()).append('\n');
      }
      return out.toString();
    } catch (IOException e) {
      throw notWord();
    }
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    if (docx == null || docx.length == 0) {
      throw notWord();
    }
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (POIXMLException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
        | org.apache.poi.EmptyFileException
        | IllegalStateException e) {
      throw notWord();
    }
  }

  private static IllegalArgumentException notWord() {
    return new IllegalArgumentException(
        MessageRenderer.text("word.not-docx", MessageRenderer.VIETNAMESE));
  }

  private static String text(Map<String, ?> values, String name) {
    Object v = values.get(name);
    return v == null ? BLANK : v.toString();
  }

  /** The document's body, its table cells (nested too), headers and footers. */
  private static List<IBody> bodies(XWPFDocument doc) {
    List<IBody> out = new ArrayList<>();
    addBody(out, doc);
    for (XWPFHeader h : doc.getHeaderList()) {
      addBody(out, h);
    }
    for (XWPFFooter f : doc.getFooterList()) {
      addBody(out, f);
    }
    return out;
  }

  private static void addBody(List<IBody> out, IBody body) {
    out.add(body);
    for (XWPFTable t : body.getTables()) {
      for (XWPFTableRow r : t.getRows()) {
        for (XWPFTableCell c : r.getTableCells()) {
          addBody(out, c);
        }
      }
    }
  }

  /** Every paragraph in reading order: headers, the body with its tables' cells, footers. */
  private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> out = new ArrayList<>();
    for (XWPFHeader h : doc.getHeaderList()) {
      addParagraphs(out, h);
    }
    addParagraphs(out, doc);
    for (XWPFFooter f : doc.getFooterList()) {
      addParagraphs(out, f);
    }
    return out;
  }

  private static void addParagraphs(List<XWPFParagraph> out, IBody body) {
    for (IBodyElement e : body.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            addParagraphs(out, c);
          }
        }
      }
    }
  }

  /**
   * Repeats the rows of the body's tables that hold a list's fields, once per item: consecutive
   * rows of the same list repeat together, in their order, and a row is left out for an item that
   * has none of the fields the row names (so a list may mix items of two shapes, e.g. a heading row
   * and a person's row).
   */
  private static void repeatRows(IBody body, Map<String, ?> values) {
    for (XWPFTable table : body.getTables()) {
      for (int i = 0; i < table.getRows().size(); i++) {
        String list = listOf(table.getRow(i));
        if (list == null) {
          continue;
        }
        List<CTRow> block = new ArrayList<>();
        List<Set<String>> blockFields = new ArrayList<>();
        while (i < table.getRows().size() && list.equals(listOf(table.getRow(i)))) {
          XWPFTableRow row = table.getRow(i);
          block.add((CTRow) row.getCtRow().copy());
          blockFields.add(itemFields(row, list));
          table.removeRow(i);
        }
        List<?> items = values.get(list) instanceof List<?> l ? l : List.of();
        int at = i;
        for (Object o : items) {
          Map<?, ?> item = o instanceof Map<?, ?> m ? m : Map.of();
          for (int r = 0; r < block.size(); r++) {
            if (blockFields.get(r).stream().noneMatch(item::containsKey)) {
              continue;
            }
            // filled before it is added: adding copies the row's XML into the table
            XWPFTableRow copy = new XWPFTableRow((CTRow) block.get(r).copy(), table);
            for (XWPFTableCell cell : copy.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) {
                replace(p, name -> itemText(item, list, name, values));
              }
            }
            table.addRow(copy, at++);
          }
        }
        i = at - 1;
      }
    }
  }

  /** The item fields of {@code list} a row names, e.g. {@code cadreName} for moves.cadreName. */
  private static Set<String> itemFields(XWPFTableRow row, String list) {
    Set<String> out = new LinkedHashSet<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      Matcher m = FIELD.matcher(cell.getText());
      while (m.find()) {
        if (m.group(1).startsWith(list + ".")) {
          out.add(m.group(1).substring(list.length() + 1));
        }
      }
    }
    return out;
  }

  private static String itemText(Map<?, ?> item, String list, String name, Map<String, ?> values) {
    if (name.startsWith(list + ".")) {
      Object v = item.get(name.substring(list.length() + 1));
      return v == null ? BLANK : v.toString();
    }
    return text(values, name);
  }

  /** The list whose fields the row holds, or null. */
  private static String listOf(XWPFTableRow row) {
    for (XWPFTableCell cell : row.getTableCells()) {
      Matcher m = FIELD.matcher(cell.getText());
      while (m.find()) {
        int dot = m.group(1).indexOf('.');
        if (dot > 0) {
          return m.group(1).substring(0, dot);
        }
      }
    }
    return null;
  }

  /**
   * Replaces every field of a paragraph, wherever its runs split it. The paragraph's text is the
   * runs' texts in order; each field's replacement goes into the run where the field starts, and
   * the field's characters are taken out of the runs it spans, so every other run keeps its text
   * and formatting.
   */
  private static void replace(XWPFParagraph p, java.util.function.Function<String, String> value) {
    List<XWPFRun> runs = p.getRuns();
    List<StringBuilder> texts = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (XWPFRun r : runs) {
      String t = runText(r);
      texts.add(new StringBuilder(t));
      all.append(t);
    }
    Matcher m = FIELD.matcher(all);
    List<int[]> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    if (found.isEmpty()) {
      return;
    }
    boolean[] changed = new boolean[runs.size()];
    for (int f = found.size() - 1; f >= 0; f--) {
      int start = found.get(f)[0];
      int end = found.get(f)[1];
      int offset = 0;
      boolean first = true;
      for (int r = 0; r < texts.size() && offset < end; r++) {
        int len = texts.get(r).length();
        int from = Math.max(start, offset);
        int to = Math.min(end, offset + len);
        if (from < to) {
          texts.get(r).delete(from - offset, to - offset);
          if (first) {
            texts.get(r).insert(from - offset, value.apply(names.get(f)));
            first = false;
          }
          changed[r] = true;
        }
        offset += len;
      }
    }
    for (int r = 0; r < runs.size(); r++) {
      if (changed[r]) {
        setRunText(runs.get(r), texts.get(r).toString());
      }
    }
  }

  private static String runText(XWPFRun r) {
    StringBuilder s = new StringBuilder();
    CTR ctr = r.getCTR();
    for (int i = 0; i < ctr.sizeOfTArray(); i++) {
      s.append(ctr.getTArray(i).getStringValue());
    }
    return s.toString();
  }

  /** Puts the text in the run's first text element, dropping the others; lines become breaks. */
  private static void setRunText(XWPFRun run, String text) {
    CTR ctr = run.getCTR();
    while (ctr.sizeOfTArray() > 1) {
      ctr.removeT(ctr.sizeOfTArray() - 1);
    }
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    run.setText(lines[0], 0);
    for (int i = 1; i < lines.length; i++) {
      run.addBreak();
      run.setText(lines[i]);
    }
  }
}
