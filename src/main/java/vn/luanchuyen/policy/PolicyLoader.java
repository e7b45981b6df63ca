package vn.luanchuyen.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.luanchuyen.shared.Reason;

/**
 * Reads policies from YAML, bound with Jackson ({@link PolicyBinding}): the shipped ones from the
 * classpath ({@code policies/<id>.yaml}) and a user's own from a file. Every field is checked; the
 * first problem found is reported as a {@link PolicyException} naming the file and the key.
 * Policies loaded together are checked as versions: two versions of one family may not be in force
 * on the same day.
 */
public final class PolicyLoader {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private PolicyLoader() {}

  /** A shipped policy by id, e.g. {@code hadong-2022}; its file's {@code id} must match. */
  public static Policy fromClasspath(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound(id);
    }
    String resource = "policies/" + id + ".yaml";
    try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw notFound(id);
      }
      Policy policy = read(in, resource);
      if (!policy.id().equals(id)) {
        throw new PolicyException(
            "id",
            new Reason(
                "policy-id-mismatch",
                "policy.error.idMismatch",
                Map.of("field", "id", "value", policy.id(), "expected", id)));
      }
      return policy;
    } catch (IOException e) {
      throw unreadable(resource, e);
    }
  }

  /**
   * Every shipped policy ({@code policies/index.yaml}), newest first, checked as versions.
   *
   * @throws PolicyException if a file is malformed or two versions of one policy overlap
   */
  public static List<Policy> shipped() {
    Map<String, Policy> bySource = new LinkedHashMap<>();
    Policies policies = Policies.asShipped();
    for (String id : policies.shippedIds()) {
      bySource.put("policies/" + id + ".yaml", policies.byId(id));
    }
    checkVersions(bySource);
    return List.copyOf(bySource.values());
  }

  /**
   * Policy files loaded together, in the given order, checked as versions.
   *
   * @throws PolicyException if a file is malformed or two versions of one policy overlap
   */
  public static List<Policy> fromFiles(List<Path> files) {
    Map<String, Policy> bySource = new LinkedHashMap<>();
    for (Path file : files) {
      bySource.put(file.toString(), fromFile(file));
    }
    checkVersions(bySource);
    return List.copyOf(bySource.values());
  }

  /**
   * Refuses two versions of one policy (same {@code family}) whose effective ranges share a day,
   * naming both files, the key {@code effective} and both ranges.
   *
   * @param bySource each policy by the file it was read from
   */
  public static void checkVersions(Map<String, Policy> bySource) {
    List<Map.Entry<String, Policy>> all = List.copyOf(bySource.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Policy a = all.get(i).getValue();
        Policy b = all.get(j).getValue();
        if (a.family().equals(b.family()) && a.effective().overlaps(b.effective())) {
          throw new PolicyException(
              "effective",
              new Reason(
                  "policy-overlapping-versions",
                  "policy.error.overlap",
                  Map.of(
                      "field", "effective",
                      "family", a.family(),
                      "source", all.get(j).getKey(),
                      "version", b.version(),
                      "range", range(b.effective()),
                      "other", all.get(i).getKey(),
                      "otherVersion", a.version(),
                      "otherRange", range(a.effective()))));
        }
      }
    }
  }

  private static Reason range(Policy.DateRange range) {
    return range.to() == null
        ? new Reason("range-open", "policy.range.open", Map.of("from", range.from()))
        : new Reason(
            "range", "policy.range.closed", Map.of("from", range.from(), "to", range.to()));
  }

  /** A policy from a YAML file on disk. */
  public static Policy fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /** A policy from YAML text; {@code source} names it in messages. */
  public static Policy fromYaml(String yaml, String source) {
    try {
      return PolicyBinding.bind(PolicyBinding.YAML.readTree(yaml), source);
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
  }

  private static Policy read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = PolicyBinding.YAML.readTree(in);
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
    return PolicyBinding.bind(root, source);
  }

  private static PolicyException notFound(String id) {
    return new PolicyException(
        "",
        new Reason(
            "policy-not-found", "policy.error.notFound", Map.of("value", String.valueOf(id))));
  }

  static PolicyException unreadable(String source, Exception e) {
    String detail = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
    return new PolicyException(
        "",
        new Reason(
            "policy-unreadable",
            "policy.error.syntax",
            Map.of("source", source, "detail", String.valueOf(detail))));
  }
}
