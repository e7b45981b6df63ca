package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript against a real server: its own cookies, the login form, CSRF. */
final class SignedInBrowser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  SignedInBrowser(int port) {
    this.port = port;
  }

  /** Logs in through the form; asserts it was let in. */
  SignedInBrowser loggedInAs(String username, String password) {
    String location = login(username, password).headers().firstValue("Location").orElse("");
    assertThat(location).as("login of " + username).doesNotContain("/login");
    return this;
  }

  HttpResponse<String> login(String username, String password) {
    return post("/login", "username=" + enc(username) + "&password=" + enc(password));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** Posts a form with the CSRF token of the page at {@code path} (or of the login page). */
  HttpResponse<String> post(String path, String form) {
    String tokenPage = path.equals("/login") ? "/login" : path;
    Matcher csrf = CSRF.matcher(get(tokenPage).body());
    assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1))))
            .build());
  }

  /** A call of the API with HTTP Basic, outside this browser's session. */
  HttpResponse<String> api(String method, String path, String user, String json) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + ScopeFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpClient.newHttpClient());
  }

  /**
   * A call of the API from a page of this browser: its cookies go along, and the given headers
   * (name, value, name, value...), e.g. the CSRF token or an {@code Origin}.
   */
  HttpResponse<String> fetch(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Sec-Fetch-Mode", "cors")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** The value of one of this browser's cookies, as a script on the page reads it. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  /** This server's origin, as a browser sends it from one of its pages. */
  String origin() {
    return "http://127.0.0.1:" + port;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, client);
  }

  private static HttpResponse<String> send(HttpRequest request, HttpClient via) {
    try {
      return via.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
