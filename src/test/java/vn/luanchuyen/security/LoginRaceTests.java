package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;

/** A hundred logins for one user at the same moment, against a real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginRaceTests {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final int LOGINS = 100;

  @LocalServerPort int port;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;

  @BeforeEach
  void users() {
    ScopeFixture.load(jdbc, store, accounts);
    throttle.forgetAll();
  }

  /** A browser that has opened the login page: its session cookie and CSRF token. */
  private record Ready(HttpClient client, String csrf) {}

  private Ready ready() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).isTrue();
    return new Ready(client, m.group(1));
  }

  @Test
  void aHundredParallelGuessesGetNoMorePasswordsCheckedThanTheLimit() throws Exception {
    List<Ready> browsers = new ArrayList<>();
    for (int i = 0; i < LOGINS; i++) {
      browsers.add(ready());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
    try {
      for (int i = 0; i < LOGINS; i++) {
        Ready b = browsers.get(i);
        String password = i == 36 ? ScopeFixture.PASSWORD : "sai-mat-khau-" + i;
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  HttpResponse<Void> r =
                      b.client()
                          .send(
                              HttpRequest.newBuilder(
                                      URI.create("http://127.0.0.1:" + port + "/login"))
                                  .header("Content-Type", "application/x-www-form-urlencoded")
                                  .POST(
                                      HttpRequest.BodyPublishers.ofString(
                                          "username="
                                              + ScopeFixture.BOARD
                                              + "&password="
                                              + password
                                              + "&_csrf="
                                              + SignedInBrowser.enc(b.csrf())))
                                  .build(),
                              HttpResponse.BodyHandlers.discarding());
                  String location = r.headers().firstValue("Location").orElse("");
                  return location.endsWith("?locked")
                      ? "locked"
                      : location.endsWith("?error") ? "wrong" : "in";
                }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get());
      }
      Map<String, Long> counted =
          results.stream()
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

      long checked = counted.getOrDefault("wrong", 0L) + counted.getOrDefault("in", 0L);
      assertThat(checked)
          .as("passwords checked: %s", counted)
          .isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
      assertThat(counted.get("locked")).isGreaterThanOrEqualTo(LOGINS - LoginThrottle.MAX_FAILURES);
    } finally {
      pool.shutdownNow();
    }
  }
}
