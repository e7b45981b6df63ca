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

/**
 * With the production settings, a client on a private or loopback address cannot choose the address
 * the throttle counts by sending {@code X-Forwarded-For}.
 */
@ActiveProfiles("production")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedAddressTests {
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

  private int call(String user, String password, String forwardedFor) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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
  void rotatingXForwardedForFromLoopbackDoesNotDodgeTheAddressLock() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
      assertThat(call("nguoi" + i, "sai-mat-khau", "198.51.100." + i)).isEqualTo(401);
    }

    assertThat(call(ScopeFixture.VIEWER, ScopeFixture.PASSWORD, "198.51.100.99"))
        .as(
            "every guess came from 127.0.0.1, whatever it claimed to forward: that address is locked")
        .isEqualTo(401);
    assertThat(throttle.locked("nguoi-khac", "127.0.0.1")).isTrue();
  }
}
