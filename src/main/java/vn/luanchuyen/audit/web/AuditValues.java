package vn.luanchuyen.audit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import vn.luanchuyen.shared.DisplayNames;

/**
 * A record's before or after value as an auditor reads it: one "field: value" line a field, with
 * the field named from {@code audit.field.<name>}, a coded value from {@code audit.value.<CODE>}
 * and days as dd/MM/yyyy. Values are kept as the modules wrote them (a record's {@code toString}, a
 * JSON object or a sentence), since the trail is signed as written; only their display changes
 * here.
 */
final class AuditValues {
  private static final Pattern RECORD = Pattern.compile("^\\w+\\[(.*)]$", Pattern.DOTALL);
  private static final Pattern BY_CLERK =
      Pattern.compile("^([^:\\s\\[]+): (\\w+\\[.*])$", Pattern.DOTALL);
  private static final Pattern LIST = Pattern.compile("^\\[(.*)]$", Pattern.DOTALL);
  private static final Pattern FLAG = Pattern.compile("true|false");

  /** Where a coded value's name is looked for, in order. */
  private static final List<String> VALUE_KEYS =
      List.of(
          "audit.value.",
          "enum.AssignmentForm.",
          "enum.Block.",
          "enum.Sex.",
          "enum.Role.",
          "enum.PositionRank.",
          "approval.status.");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A field and its value, as shown. */
  record Line(String field, String value) {}

  private final MessageSource messages;
  private final List<DisplayNames> names;
  private final Locale locale;

  AuditValues(MessageSource messages, List<DisplayNames> names, Locale locale) {
    this.messages = messages;
    this.names = names;
    this.locale = locale;
  }

  /** The value as lines; a sentence stays one line without a field name. */
  List<Line> lines(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    Map<String, String> fields = fields(stored.strip());
    if (fields.isEmpty()) {
      return List.of(new Line(null, stored));
    }
    List<Line> lines = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            lines.add(
                new Line(
                    messages.getMessage("audit.field." + name, null, name, locale),
                    value(name, value))));
    return lines;
  }

  /** The fields of a record's {@code toString} or of a JSON object; none for anything else. */
  static Map<String, String> fields(String stored) {
    Matcher byClerk = BY_CLERK.matcher(stored);
    if (byClerk.matches()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("clerk", byClerk.group(1));
      fields.putAll(fields(byClerk.group(2)));
      return fields;
    }
    Matcher record = RECORD.matcher(stored);
    if (record.matches()) {
      return recordFields(record.group(1));
    }
    if (stored.startsWith("{")) {
      try {
        Map<String, Object> object = JSON.readValue(stored, new TypeReference<>() {});
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((k, v) -> fields.put(k, v == null ? "null" : String.valueOf(v)));
        return fields;
      } catch (JsonProcessingException notJson) {
        return Map.of();
      }
    }
    return Map.of();
  }

  /** {@code a=1, b=X[c=2, d=3], e=[4, 5]}: split at the commas outside brackets. */
  private static Map<String, String> recordFields(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ',';
      if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = body.substring(start, i).strip();
        int eq = part.indexOf('=');
        if (eq > 0) {
          fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        start = i + 1;
      }
    }
    return fields;
  }

  private String value(String field, String raw) {
    if (raw == null || "null".equals(raw) || raw.isEmpty()) {
      return messages.getMessage("audit.value.none", null, locale);
    }
    if ("subjectType".equals(field)) {
      // a case's subject is a kind of record: named as the trail names its kinds
      String kind = messages.getMessage("audit.type." + raw, null, null, locale);
      if (kind != null) {
        return kind;
      }
    }
    for (DisplayNames owner : names) {
      Optional<String> name = owner.nameOf(field, raw);
      if (name.isPresent()) {
        return name.get();
      }
    }
    Map<String, String> inner = fields(raw);
    if (!inner.isEmpty()) {
      List<String> parts = new ArrayList<>();
      inner.forEach(
          (name, value) ->
              parts.add(
                  messages.getMessage("audit.field." + name, null, name, locale)
                      + ": "
                      + value(name, value)));
      return String.join("; ", parts);
    }
    try {
      return LocalDate.parse(raw).format(DAY);
    } catch (DateTimeParseException notADay) {
      // not a day
    }
    Matcher list = LIST.matcher(raw);
    if (list.matches()) {
      List<String> items = new ArrayList<>();
      for (String item : list.group(1).split(",\\s*")) {
        if (!item.isBlank()) {
          items.add(value(field, item.strip()));
        }
      }
      return String.join(", ", items);
    }
    if (CODE.matcher(raw).matches() || FLAG.matcher(raw).matches()) {
      for (String prefix : VALUE_KEYS) {
        String name = messages.getMessage(prefix + raw, null, null, locale);
        if (name != null) {
          return name;
        }
      }
    }
    return raw;
  }
}
