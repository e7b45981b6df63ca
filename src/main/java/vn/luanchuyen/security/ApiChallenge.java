package vn.luanchuyen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a request without a valid login: 401, with an HTTP Basic challenge only for
 * scripts. A browser never gets the challenge, so it never shows its Basic prompt nor remembers
 * credentials that it would then send with cross-site requests; in a browser the API uses the
 * session.
 */
final class ApiChallenge implements AuthenticationEntryPoint {
  static final String BASIC = "Basic realm=\"luanchuyen\", charset=\"UTF-8\"";

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    if (!fromBrowser(request)) {
      response.setHeader("WWW-Authenticate", BASIC);
    }
    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
  }

  /**
   * Whether a browser sent the request: browsers add {@code Sec-Fetch-Mode} to every request, and
   * ask for HTML when the user opens an address.
   */
  static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return request.getHeader("Sec-Fetch-Mode") != null
        || accept != null && accept.contains("text/html");
  }
}
