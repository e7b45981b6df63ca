import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run against a Luân Chuyển server on loopback: N virtual users log in through the
 * login form, then browse for a fixed time, each picking at random (weights in LOAD_MIX) the cadre
 * list (a random page), a cadre profile (a random code), the htmx search (a random name) or the
 * screening page (a random list tab). Prints throughput, p50/p95/p99 per kind of page, and errors
 * (any answer other than 200, or no answer within 30 s).
 *
 * <p>The users form a closed loop: each sends its next request when the answer to the last has
 * come, after a pause drawn uniformly from 0 to twice LOAD_THINK_MS. With LOAD_THINK_MS=0 (the
 * default) there is no pause: a stress run, where throughput is what the server sustains and
 * latency grows with the queue. With a think time (a person reads a page for seconds) it models
 * people browsing: the offered rate is about USERS / (think + latency).
 *
 * <p>java scripts/LoadTest.java BASE_URL USER PASSWORD USERS SECONDS CADRES
 */
public class LoadTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String[] SEARCHES = {
    "nguyen", "tran thi", "le van", "pham", "hoang", "huong", "minh", "thu", "duc", "CB01"
  };

  private static final List<String> KINDS = List.of("list", "profile", "search", "screening");
  private static final String[] SCREENING_TABS = {
    "HEADS_MUST_MOVE", "DEPUTIES_MUST_MOVE", "ELIGIBLE", "YOUNG_TO_WARDS", "NOT_ELIGIBLE", "DATA"
  };

  /** Weights per kind, e.g. "list=35,profile=35,search=15,screening=15". */
  private static int[] mix(String spec) {
    int[] weights = new int[KINDS.size()];
    for (String part : spec.split(",")) {
      String[] kv = part.strip().split("=");
      int i = KINDS.indexOf(kv[0].strip());
      if (i < 0 || kv.length != 2) {
        throw new IllegalArgumentException("LOAD_MIX: unknown part " + part);
      }
      weights[i] = Integer.parseInt(kv[1].strip());
    }
    return weights;
  }

  private static String pick(int[] weights, Random random) {
    int total = java.util.Arrays.stream(weights).sum();
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return KINDS.get(i);
      }
    }
    throw new IllegalStateException();
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost")) {
      throw new IllegalArgumentException("loopback only");
    }
    String user = args[1];
    String password = args[2];
    int users = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int cadres = Integer.parseInt(args[5]);
    long thinkMs = Long.parseLong(System.getenv().getOrDefault("LOAD_THINK_MS", "0"));
    String mixSpec =
        System.getenv().getOrDefault("LOAD_MIX", "list=35,profile=35,search=15,screening=15");
    int[] weights = mix(mixSpec);
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    for (String kind : KINDS) {
      latencies.put(kind, Collections.synchronizedList(new ArrayList<>()));
      errors.put(kind, new AtomicLong());
    }
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(users);
    AtomicLong loginFailures = new AtomicLong();
    for (int u = 0; u < users; u++) {
      long seed = u;
      Thread t =
          new Thread(
              () -> {
                try {
                  HttpClient client =
                      HttpClient.newBuilder()
                          .cookieHandler(new CookieManager())
                          .followRedirects(HttpClient.Redirect.NEVER)
                          .connectTimeout(Duration.ofSeconds(5))
                          .build();
                  if (!login(client, base, user, password)) {
                    loginFailures.incrementAndGet();
                    return;
                  }
                  Random random = new Random(seed);
                  while (System.nanoTime() < end) {
                    if (thinkMs > 0) {
                      long pause = (long) (random.nextDouble() * 2 * thinkMs);
                      long left = (end - System.nanoTime()) / 1_000_000;
                      if (pause >= left) {
                        break;
                      }
                      Thread.sleep(pause);
                    }
                    String kind = pick(weights, random);
                    HttpRequest.Builder request =
                        switch (kind) {
                          case "list" ->
                              get(base + "/cadres?page=" + random.nextInt(Math.max(1, cadres / 25)));
                          case "profile" ->
                              get(base + String.format("/cadres/CB%05d", 1 + random.nextInt(cadres)));
                          case "search" ->
                              get(base
                                      + "/cadres?q="
                                      + URLEncoder.encode(
                                          SEARCHES[random.nextInt(SEARCHES.length)],
                                          StandardCharsets.UTF_8))
                                  .header("HX-Request", "true");
                          default ->
                              get(base
                                  + "/screening?tab="
                                  + SCREENING_TABS[random.nextInt(SCREENING_TABS.length)]);
                        };
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                      long micros = (System.nanoTime() - start) / 1000;
                      if (response.statusCode() != 200) {
                        errors.get(kind).incrementAndGet();
                      } else {
                        latencies.get(kind).add(micros);
                      }
                    } catch (Exception e) {
                      errors.get(kind).incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  loginFailures.incrementAndGet();
                } finally {
                  done.countDown();
                }
              });
      t.start();
    }
    done.await();
    long total = 0;
    long totalErrors = loginFailures.get();
    System.out.printf(
        Locale.ROOT,
        "%d virtual users, %d s, %d cadres, %s, mix %s, %s%n",
        users,
        seconds,
        cadres,
        base,
        mixSpec,
        thinkMs == 0
            ? "no think time (stress)"
            : "think time 0.." + 2 * thinkMs + " ms (mean " + thinkMs + " ms)");
    System.out.printf(Locale.ROOT, "%-9s %8s %8s %8s %8s %8s %7s%n", "page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
    for (String kind : KINDS) {
      List<Long> l = new ArrayList<>(latencies.get(kind));
      Collections.sort(l);
      total += l.size();
      totalErrors += errors.get(kind).get();
      System.out.printf(
          Locale.ROOT,
          "%-9s %8d %8.1f %8.1f %8.1f %8.1f %7d%n",
          kind,
          l.size(),
          l.size() / (double) seconds,
          pct(l, 50),
          pct(l, 95),
          pct(l, 99),
          errors.get(kind).get());
    }
    System.out.printf(
        Locale.ROOT,
        "total     %8d %8.1f   errors %d (login failures %d)%n",
        total,
        total / (double) seconds,
        totalErrors,
        loginFailures.get());
    System.exit(totalErrors == 0 ? 0 : 1);
  }

  private static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1000.0;
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").timeout(Duration.ofSeconds(30));
  }

  private static boolean login(HttpClient client, String base, String user, String password)
      throws Exception {
    HttpResponse<String> page = client.send(get(base + "/login").build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      return false;
    }
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 302
        && r.headers().firstValue("Location").map(l -> !l.contains("/login")).orElse(false);
  }
}
