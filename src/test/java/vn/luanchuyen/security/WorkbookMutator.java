package vn.luanchuyen.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Turns a valid exchange workbook into a hostile upload, steered by a source of choices (Jazzer's
 * data provider or a seeded random): random bytes, a damaged zip entry, a huge cell, a formula, a
 * value of the wrong type, a zip bomb.
 */
final class WorkbookMutator {

  /** Where the choices come from. */
  interface Choices {
    int pick(int min, int max);

    String text(int maxLength);

    byte[] bytes(int maxLength);
  }

  private static final Pattern TEXT_CELL = Pattern.compile("<t>([^<]*)</t>");
  private static final Pattern VALUE = Pattern.compile("<v>([^<]*)</v>");
  private static final Pattern INLINE_CELL =
      Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*) t=\"inlineStr\"><is><t>[^<]*</t></is></c>");

  private final Map<String, byte[]> entries;

  WorkbookMutator(byte[] validWorkbook) {
    this.entries = unzip(validWorkbook);
  }

  byte[] mutate(Choices c) {
    return switch (c.pick(0, 6)) {
      case 0 -> c.bytes(4096);
      case 1 -> damagedEntry(c);
      case 2 -> {
        String huge = "Ạ".repeat(c.pick(1, 2_000_000));
        yield replaceInSheet(c, TEXT_CELL, m -> "<t>" + huge + "</t>");
      }
      case 3 -> {
        String formula = xml(formula(c));
        String cached = xml(c.text(40));
        yield replaceInSheet(
            c,
            INLINE_CELL,
            m ->
                "<c r=\""
                    + m.group(1)
                    + "\""
                    + m.group(2)
                    + " t=\"str\"><f>"
                    + formula
                    + "</f><v>"
                    + cached
                    + "</v></c>");
      }
      case 4 -> {
        String value = xml(c.text(30));
        yield replaceInSheet(c, VALUE, m -> "<v>" + value + "</v>");
      }
      case 5 -> {
        String text = xml(c.text(200));
        yield replaceInSheet(c, TEXT_CELL, m -> "<t>" + text + "</t>");
      }
      default -> zipBomb(c);
    };
  }

  private static String formula(Choices c) {
    String[] known = {
      "HYPERLINK(\"http://example.invalid\",\"x\")",
      "WEBSERVICE(\"http://127.0.0.1/\")",
      "1/0",
      "INDIRECT(\"A1\")",
      "cmd|' /C calc'!A0",
      "SUM(A1:XFD1048576)"
    };
    return c.pick(0, 1) == 0 ? known[c.pick(0, known.length - 1)] : c.text(100);
  }

  private byte[] damagedEntry(Choices c) {
    List<String> names = new ArrayList<>(entries.keySet());
    String name = names.get(c.pick(0, names.size() - 1));
    byte[] original = entries.get(name);
    int at = original.length == 0 ? 0 : c.pick(0, original.length - 1);
    byte[] patch = c.bytes(64);
    byte[] damaged = original.clone();
    for (int i = 0; i < patch.length && at + i < damaged.length; i++) {
      damaged[at + i] = patch[i];
    }
    Map<String, byte[]> copy = new LinkedHashMap<>(entries);
    copy.put(name, damaged);
    return zip(copy);
  }

  private byte[] replaceInSheet(
      Choices c, Pattern what, java.util.function.Function<MatchResult, String> replacement) {
    List<String> sheets =
        entries.keySet().stream().filter(n -> n.startsWith("xl/worksheets/")).toList();
    String name = sheets.get(c.pick(0, sheets.size() - 1));
    String xml = new String(entries.get(name), StandardCharsets.UTF_8);
    Matcher m = what.matcher(xml);
    List<MatchResult> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(m.toMatchResult());
    }
    if (hits.isEmpty()) {
      return zip(entries);
    }
    MatchResult hit = hits.get(c.pick(0, hits.size() - 1));
    Map<String, byte[]> copy = new LinkedHashMap<>(entries);
    copy.put(
        name,
        (xml.substring(0, hit.start()) + replacement.apply(hit) + xml.substring(hit.end()))
            .getBytes(StandardCharsets.UTF_8));
    return zip(copy);
  }

  /** A sheet entry of hundreds of megabytes of blanks, which deflate to almost nothing. */
  private byte[] zipBomb(Choices c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals("xl/worksheets/sheet1.xml")) {
          byte[] blank = new byte[1 << 20];
          java.util.Arrays.fill(blank, (byte) ' ');
          int megabytes = c.pick(10, 60);
          for (int i = 0; i < megabytes; i++) {
            zip.write(blank);
          }
        }
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Map<String, byte[]> unzip(byte[] workbook) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
      try {
        java.nio.file.Files.write(file, workbook);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
          }
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
