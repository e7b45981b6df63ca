package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle the application reads exists in Vietnamese and English with the same keys,
 * and every message key a page template names literally exists.
 */
class MessageBundlesTests {

  static List<String> basenames() throws IOException {
    Properties app = new Properties();
    try (InputStream in = resource("application.properties")) {
      app.load(in);
    }
    return List.of(app.getProperty("spring.messages.basename").split(","));
  }

  static InputStream resource(String name) {
    InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  static Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
    for (String base : basenames()) {
      assertThat(keys(base.trim() + "_en.properties"))
          .as("keys of %s_en against %s", base, base)
          .isEqualTo(keys(base.trim() + ".properties"));
    }
  }

  @Test
  void noBundleGivesOneKeyTwice() throws IOException {
    List<String> twice = new ArrayList<>();
    for (String base : basenames()) {
      for (String name : List.of(base.trim() + ".properties", base.trim() + "_en.properties")) {
        Set<String> seen = new HashSet<>();
        try (InputStream in = resource(name)) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
              continue;
            }
            String key = t.substring(0, t.indexOf('=')).strip();
            if (!seen.add(key)) {
              twice.add(name + ": " + key);
            }
          }
        }
      }
    }
    assertThat(twice).as("keys given twice (the later silently wins)").isEmpty();
  }

  @Test
  void everyMessageKeyAPageNamesExists() throws IOException {
    Set<String> known = new HashSet<>();
    for (String base : basenames()) {
      known.addAll(keys(base.trim() + ".properties"));
    }
    Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).as("message keys named in templates but not in any bundle").isEmpty();
  }
}
