package vn.luanchuyen.approval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a procedure from YAML; a malformed file is rejected with an {@link
 * IllegalArgumentException} naming the field.
 */
public final class ProcedureLoader {

  static final Set<String> ROLES =
      Set.of("ADMIN", "ORGANISATION_BOARD", "STANDING_COMMITTEE", "UNIT_VIEWER", "AUDITOR");
  private static final Pattern SHARE = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ProcedureLoader() {}

  /** One of the shipped procedures, {@code procedures/<id>.yaml} on the class path. */
  public static Procedure shipped(String id) {
    if (id == null || !id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Không có quy trình " + id);
    }
    try (InputStream in =
        ProcedureLoader.class.getResourceAsStream("/procedures/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("Không có quy trình " + id);
      }
      return read(in, id + ".yaml");
    } catch (IOException e) {
      throw new IllegalArgumentException("Không đọc được quy trình " + id, e);
    }
  }

  public static Procedure read(InputStream in, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": không phải YAML hợp lệ", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": không đọc được", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": tệp rỗng");
    }
    String id = text(root, "id", source);
    String name = text(root, "name", source);
    JsonNode ballot = root.get("ballot");
    if (ballot == null || !ballot.isObject()) {
      throw missing(source, "ballot");
    }
    Share quorum = share(ballot, "quorum", source, "ballot.");
    Share passAbove = share(ballot, "passAbove", source, "ballot.");
    JsonNode stepsNode = root.get("steps");
    if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
      throw missing(source, "steps");
    }
    List<Procedure.Step> steps = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < stepsNode.size(); i++) {
      JsonNode s = stepsNode.get(i);
      String at = "steps[" + i + "].";
      String stepId = text(s, "id", source, at);
      if (!ids.add(stepId)) {
        throw new IllegalArgumentException(source + ": " + at + "id trùng: " + stepId);
      }
      Set<String> roles = new LinkedHashSet<>();
      for (String role : list(s, "roles", source, at)) {
        if (!ROLES.contains(role)) {
          throw new IllegalArgumentException(
              source + ": " + at + "roles: vai trò không có: " + role);
        }
        roles.add(role);
      }
      Set<Requirement> requires = EnumSet.noneOf(Requirement.class);
      JsonNode req = s.get("requires");
      if (req != null) {
        for (String r : list(s, "requires", source, at)) {
          Requirement requirement = Requirement.ofYaml(r);
          if (requirement == null) {
            throw new IllegalArgumentException(
                source + ": " + at + "requires: yêu cầu không có: " + r);
          }
          requires.add(requirement);
        }
      }
      steps.add(
          new Procedure.Step(
              stepId, text(s, "name", source, at), optional(s, "description"), roles, requires));
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (steps.get(i).requires().contains(Requirement.BALLOT_PASSED)) {
        throw new IllegalArgumentException(
            source + ": steps[" + i + "].requires: ballotPassed chỉ ở bước quyết định (bước cuối)");
      }
    }
    return new Procedure(id, name, steps, quorum, passAbove);
  }

  private static IllegalArgumentException missing(String source, String field) {
    return new IllegalArgumentException(source + ": thiếu trường " + field);
  }

  private static String text(JsonNode node, String field, String source) {
    return text(node, field, source, "");
  }

  private static String text(JsonNode node, String field, String source, String at) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw missing(source, at + field);
    }
    return v.asText().trim();
  }

  private static String optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null ? "" : v.asText().trim();
  }

  private static List<String> list(JsonNode node, String field, String source, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw missing(source, at + field);
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asText().trim()));
    return out;
  }

  private static Share share(JsonNode node, String field, String source, String at) {
    String raw = text(node, field, source, at);
    Matcher m = SHARE.matcher(raw);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          source + ": " + at + field + ": cần dạng tử/mẫu, ví dụ 2/3, không phải " + raw);
    }
    int num = Integer.parseInt(m.group(1));
    int den = Integer.parseInt(m.group(2));
    if (den == 0 || num > den) {
      throw new IllegalArgumentException(
          source + ": " + at + field + ": tỉ lệ không hợp lệ " + raw);
    }
    return new Share(num, den);
  }
}
