package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.luanchuyen.importexport.RegistryStore;

/** With the production settings and the proxy named, its {@code X-Forwarded-For} is believed. */
@ActiveProfiles("production")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "luanchuyen.security.trusted-proxies=127.0.0.1")
class TrustedProxyTests {
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

  private int call(String password, String forwardedFor) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (ScopeFixture.VIEWER + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cadres"))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", forwardedFor)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void behindANamedProxyTheForwardedAddressIsTheOneCounted() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(call("sai", "198.51.100.1")).isEqualTo(401);
    }

    assertThat(throttle.locked(ScopeFixture.VIEWER, "198.51.100.1")).isTrue();
    assertThat(call(ScopeFixture.PASSWORD, "198.51.100.2"))
        .as("a colleague behind the same proxy, at another address")
        .isEqualTo(200);
  }
}
