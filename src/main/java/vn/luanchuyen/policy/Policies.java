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

/**
 * The shipped policies and the one in force, as data ({@code policies/index.yaml}): the one place
 * that names a policy id, and the one place policies are read from (each shipped one once, kept).
 * The current policy may be chosen per deployment with the property {@code
 * luanchuyen.policy.current} (system property or environment variable {@code
 * LUANCHUYEN_POLICY_CURRENT}); pages, the API and the commands use it when no policy is named.
 */
public final class Policies {

  /** The property that chooses the current policy. */
  public static final String CURRENT_PROPERTY = "luanchuyen.policy.current";

  private static final String INDEX = "policies/index.yaml";

  private static final Index LOADED = load();

  private static final Map<String, Policy> READ = new ConcurrentHashMap<>();

  private record Index(String current, List<String> shipped, Map<String, String> demos) {}

  private Policies() {}

  /** The id of the policy in force when none is named. */
  public static String currentId() {
    String chosen = System.getProperty(CURRENT_PROPERTY);
    if (chosen == null || chosen.isBlank()) {
      chosen = System.getenv("LUANCHUYEN_POLICY_CURRENT");
    }
    return chosen == null || chosen.isBlank() ? LOADED.current() : chosen.strip();
  }

  /** The ids of the shipped policies, newest first. */
  public static List<String> shippedIds() {
    return LOADED.shipped();
  }

  /**
   * The policy a demo registry ({@code district}, {@code province}) is screened and planned under
   * when none is named; the current policy for a kind the index does not list.
   */
  public static String forDemo(String kind) {
    return LOADED.demos().getOrDefault(kind, currentId());
  }

  /** The given policy id or file, or the current policy's id when none is given. */
  public static String orCurrent(String idOrFile) {
    return idOrFile == null || idOrFile.isBlank() ? currentId() : idOrFile;
  }

  /**
   * A shipped policy by id ({@code policies/<id>.yaml}), read and checked once and then kept: a
   * policy is immutable.
   *
   * @throws PolicyException if no shipped policy has the id or its file is malformed
   */
  public static Policy byId(String id) {
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
  public static boolean isShipped(Policy policy) {
    return policy != null && READ.get(policy.id()) == policy;
  }

  /** The policy in force when none is named. */
  public static Policy current() {
    return byId(currentId());
  }

  /**
   * What a page, the API or a command names: a user's policy file by path ({@code .yaml} or {@code
   * .yml}, read each time, for the file may change), otherwise a shipped policy by id; the current
   * policy when nothing is named.
   *
   * @throws PolicyException if there is no such policy or the file is malformed
   */
  public static Policy idOrFile(String idOrFile) {
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
