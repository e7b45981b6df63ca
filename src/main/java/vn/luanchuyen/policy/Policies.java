package vn.luanchuyen.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.luanchuyen.shared.Reason;

/**
 * The shipped policies and the one in force, as data ({@code policies/index.yaml}): the one place
 * that names a policy id, and the one place policies are read from (each shipped one once, kept for
 * the life of the process). Which one is in force is a deployment's choice: the application gets it
 * as a bean from the property {@code luanchuyen.policy.current} ({@link PolicyConfiguration};
 * {@code application.properties}, {@code --luanchuyen.policy.current=} on the command line, a
 * system property or the environment variable {@code LUANCHUYEN_POLICY_CURRENT}); plain Java code
 * and tests build one with {@link #withCurrent} or take the index's choice with {@link
 * #asShipped()}. Pages, the API and the commands use the current policy when none is named.
 */
public final class Policies {

  /** The property that chooses the current policy. */
  public static final String CURRENT_PROPERTY = "luanchuyen.policy.current";

  private static final String INDEX = "policies/index.yaml";

  private static final Index LOADED = load();

  private static final Map<String, Policy> READ = new ConcurrentHashMap<>();

  private static final Policies AS_SHIPPED = new Policies(LOADED.current());

  private record Index(String current, List<String> shipped, Map<String, String> demos) {}

  private final String currentId;

  private Policies(String currentId) {
    this.currentId = currentId;
  }

  /** The shipped policies with the one the index names as current. */
  public static Policies asShipped() {
    return AS_SHIPPED;
  }

  /**
   * The shipped policies with the given one in force; the index's choice when none is given.
   *
   * @throws PolicyException if no shipped policy has the id (the reason names the property and the
   *     ids that may be chosen)
   */
  public static Policies withCurrent(String id) {
    if (id == null || id.isBlank()) {
      return AS_SHIPPED;
    }
    String chosen = id.strip();
    if (!LOADED.shipped().contains(chosen)) {
      throw new PolicyException(
          CURRENT_PROPERTY,
          new Reason(
              "policy-current-not-shipped",
              "policy.error.currentNotShipped",
              Map.of(
                  "field",
                  CURRENT_PROPERTY,
                  "value",
                  chosen,
                  "allowed",
                  String.join(", ", LOADED.shipped()))));
    }
    return chosen.equals(AS_SHIPPED.currentId) ? AS_SHIPPED : new Policies(chosen);
  }

  /** The id of the policy in force when none is named. */
  public String currentId() {
    return currentId;
  }

  /** The policy in force when none is named. */
  public Policy current() {
    return byId(currentId);
  }

  /** The ids of the shipped policies, newest first. */
  public List<String> shippedIds() {
    return LOADED.shipped();
  }

  /**
   * The policy a demo registry ({@code district}, {@code province}) is screened and planned under
   * when none is named; the current policy for a kind the index does not list.
   */
  public String forDemo(String kind) {
    return LOADED.demos().getOrDefault(kind, currentId);
  }

  /** The given policy id or file, or the current policy's id when none is given. */
  public String orCurrent(String idOrFile) {
    return idOrFile == null || idOrFile.isBlank() ? currentId : idOrFile;
  }

  /**
   * A shipped policy by id ({@code policies/<id>.yaml}), read and checked once and then kept: a
   * policy is immutable.
   *
   * @throws PolicyException if no shipped policy has the id or its file is malformed
   */
  public Policy byId(String id) {
    Policy known = id == null ? null : READ.get(id);
    if (known != null) {
      return known;
    }
    Policy policy = PolicyLoader.fromClasspath(id);
    Policy raced = READ.putIfAbsent(id, policy);
    return raced == null ? policy : raced;
  }

  /**
   * Whether the policy is the shipped one of its id as {@link #byId} keeps it (not a user's file
   * that borrows the id); results computed under a shipped policy may be kept with it.
   */
  public boolean isShipped(Policy policy) {
    return policy != null && READ.get(policy.id()) == policy;
  }

  /**
   * What a page, the API or a command names: a user's policy file by path ({@code .yaml} or {@code
   * .yml}, read each time, for the file may change), otherwise a shipped policy by id; the current
   * policy when nothing is named.
   *
   * @throws PolicyException if there is no such policy or the file is malformed
   */
  public Policy idOrFile(String idOrFile) {
    String named = orCurrent(idOrFile);
    if ((named.endsWith(".yaml") || named.endsWith(".yml"))
        && Files.isRegularFile(Path.of(named))) {
      return PolicyLoader.fromFile(Path.of(named));
    }
    return byId(named);
  }

  private static Index load() {
    try (InputStream in = Policies.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("missing " + INDEX);
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<String> shipped = new ArrayList<>();
      root.path("shipped").forEach(n -> shipped.add(n.asText()));
      String current = root.path("current").asText(null);
      if (current == null || !shipped.contains(current)) {
        throw new IllegalStateException(INDEX + ": current must be one of shipped");
      }
      Map<String, String> demos = new java.util.LinkedHashMap<>();
      root.path("demos")
          .fields()
          .forEachRemaining(e -> demos.put(e.getKey(), e.getValue().asText()));
      if (!shipped.containsAll(demos.values())) {
        throw new IllegalStateException(INDEX + ": every demo's policy must be one of shipped");
      }
      return new Index(current, List.copyOf(shipped), Map.copyOf(demos));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + INDEX, e);
    }
  }
}
