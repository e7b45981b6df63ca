package vn.luanchuyen.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The level of a recorded highest qualification ("Thạc sĩ Luật" is a master's), so the quality
 * report counts cadres by level (TS, ThS, ĐH, ...) rather than by each of their majors. The levels
 * and the ways of writing them are data: {@code policies/qualification-levels.yaml}.
 */
final class QualificationLevels {

  /** One level: its name as the report shows it and the words a qualification of it starts with. */
  record Level(String name, List<String> prefixes) {}

  record Levels(List<Level> levels, String other) {}

  private static final Levels LEVELS = load();

  private QualificationLevels() {}

  /** The level's name of a recorded qualification; null for none recorded. */
  static String levelOf(String qualification) {
    if (qualification == null || qualification.isBlank()) {
      return null;
    }
    String text = qualification.strip().toLowerCase(Locale.ROOT) + " ";
    for (Level level : LEVELS.levels()) {
      for (String prefix : level.prefixes()) {
        if (text.startsWith(prefix.toLowerCase(Locale.ROOT))) {
          return level.name();
        }
      }
    }
    return LEVELS.other();
  }

  private static Levels load() {
    try (InputStream in =
        QualificationLevels.class
            .getClassLoader()
            .getResourceAsStream("policies/qualification-levels.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing policies/qualification-levels.yaml");
      }
      return new ObjectMapper(new YAMLFactory()).readValue(in, Levels.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
