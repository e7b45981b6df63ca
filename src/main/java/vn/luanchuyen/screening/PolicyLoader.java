package vn.luanchuyen.screening;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import vn.luanchuyen.shared.Reason;

/**
 * Reads policies from YAML: the shipped ones from the classpath ({@code policies/<id>.yaml}) and a
 * user's own from a file. Every field is checked; the first problem found is reported as a {@link
 * PolicyException} naming the field.
 */
public final class PolicyLoader {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
      return new PolicyReader(source).read(YAML.readTree(yaml));
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
  }

  private static Policy read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
    return new PolicyReader(source).read(root);
  }

  private static PolicyException notFound(String id) {
    return new PolicyException(
        "",
        new Reason(
            "policy-not-found", "policy.error.notFound", Map.of("value", String.valueOf(id))));
  }

  private static PolicyException unreadable(String source, Exception e) {
    String detail = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
    return new PolicyException(
        "",
        new Reason(
            "policy-unreadable",
            "policy.error.syntax",
            Map.of("source", source, "detail", String.valueOf(detail))));
  }
}
