package vn.luanchuyen.approval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
 * Reads a procedure from YAML, bound with Jackson (unknown keys refused); a malformed file is
 * rejected with a {@link ProcedureProblem} naming the file and the field.
 */
public final class ProcedureLoader {

  static final Set<String> ROLES =
      Set.of("ADMIN", "ORGANISATION_BOARD", "STANDING_COMMITTEE", "UNIT_VIEWER", "AUDITOR");
  private static final Pattern SHARE = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ProcedureLoader() {}

  private static final java.util.Map<String, Procedure> SHIPPED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** One of the shipped procedures, {@code procedures/<id>.yaml} on the class path; read once. */
  public static Procedure shipped(String id) {
    if (id == null || !id.matches("[a-z0-9-]+")) {
      throw ProcedureProblem.of("unknown", "id", String.valueOf(id));
    }
    return SHIPPED.computeIfAbsent(id, ProcedureLoader::readShipped);
  }

  private static Procedure readShipped(String id) {
    try (InputStream in =
        ProcedureLoader.class.getResourceAsStream("/procedures/" + id + ".yaml")) {
      if (in == null) {
        throw ProcedureProblem.of("unknown", "id", id);
      }
      return read(in, id + ".yaml");
    } catch (IOException e) {
      throw ProcedureProblem.of(e, "shipped-unreadable", "id", id);
    }
  }

  /** A procedure file as written, bound by Jackson; unknown keys are refused. */
  private record ProcedureFile(String id, String name, BallotFile ballot, List<StepFile> steps) {}

  private record BallotFile(String quorum, String passAbove) {}

  private record StepFile(
      String id, String name, String description, List<String> roles, List<String> requires) {}

  public static Procedure read(InputStream in, String source) {
    ProcedureFile file;
    try {
      file = YAML.readValue(in, ProcedureFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw ProcedureProblem.of(e, "unknown-field", "source", source, "field", path(e));
    } catch (JsonMappingException e) {
      throw ProcedureProblem.of(e, "wrong-type", "source", source, "field", path(e));
    } catch (JacksonException e) {
      throw ProcedureProblem.of(e, "not-yaml", "source", source);
    } catch (IOException e) {
      throw ProcedureProblem.of(e, "unreadable", "source", source);
    }
    if (file == null) {
      throw ProcedureProblem.of("empty", "source", source);
    }
    String id = text(file.id(), "id", source);
    String name = text(file.name(), "name", source);
    if (file.ballot() == null) {
      throw missing(source, "ballot");
    }
    Share quorum = share(file.ballot().quorum(), "ballot.quorum", source);
    Share passAbove = share(file.ballot().passAbove(), "ballot.passAbove", source);
    if (file.steps() == null || file.steps().isEmpty()) {
      throw missing(source, "steps");
    }
    List<Procedure.Step> steps = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < file.steps().size(); i++) {
      StepFile s = file.steps().get(i);
      String at = "steps[" + i + "].";
      if (s == null) {
        throw missing(source, "steps[" + i + "]");
      }
      String stepId = text(s.id(), at + "id", source);
      if (!ids.add(stepId)) {
        throw ProcedureProblem.of(
            "duplicate-step", "source", source, "field", at + "id", "step", stepId);
      }
      Set<String> roles = new LinkedHashSet<>();
      for (String role : list(s.roles(), at + "roles", source)) {
        if (!ROLES.contains(role)) {
          throw ProcedureProblem.of(
              "unknown-role", "source", source, "field", at + "roles", "role", role);
        }
        roles.add(role);
      }
      Set<Requirement> requires = EnumSet.noneOf(Requirement.class);
      if (s.requires() != null) {
        for (String r : list(s.requires(), at + "requires", source)) {
          Requirement requirement = Requirement.ofYaml(r);
          if (requirement == null) {
            throw ProcedureProblem.of(
                "unknown-requirement", "source", source, "field", at + "requires", "value", r);
          }
          requires.add(requirement);
        }
      }
      steps.add(
          new Procedure.Step(
              stepId,
              text(s.name(), at + "name", source),
              s.description() == null ? "" : s.description().trim(),
              roles,
              requires));
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (steps.get(i).requires().contains(Requirement.BALLOT_PASSED)) {
        throw ProcedureProblem.of(
            "ballot-not-last", "source", source, "field", "steps[" + i + "].requires");
      }
    }
    return new Procedure(id, name, steps, quorum, passAbove);
  }

  /** The key Jackson refused, as a path: {@code steps[1].role}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static ProcedureProblem missing(String source, String field) {
    return ProcedureProblem.of("missing-field", "source", source, "field", field);
  }

  private static String text(String value, String field, String source) {
    if (value == null || value.isBlank()) {
      throw missing(source, field);
    }
    return value.trim();
  }

  private static List<String> list(List<String> values, String field, String source) {
    if (values == null || values.isEmpty()) {
      throw missing(source, field);
    }
    List<String> out = new ArrayList<>();
    values.forEach(e -> out.add(e == null ? "" : e.trim()));
    return out;
  }

  private static Share share(String value, String field, String source) {
    String raw = text(value, field, source);
    Matcher m = SHARE.matcher(raw);
    if (!m.matches()) {
      throw ProcedureProblem.of("share-format", "source", source, "field", field, "value", raw);
    }
    int num = Integer.parseInt(m.group(1));
    int den = Integer.parseInt(m.group(2));
    if (den == 0 || num > den) {
      throw ProcedureProblem.of("share-invalid", "source", source, "field", field, "value", raw);
    }
    return new Share(num, den);
  }
}
