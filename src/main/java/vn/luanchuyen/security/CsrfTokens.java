package vn.luanchuyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * One CSRF token for the pages and the API of a browser session, kept in the session. Forms carry
 * it masked anew on every page; a copy in the {@code XSRF-TOKEN} cookie (readable by the pages' own
 * scripts, sent by the browser only to this site) lets Swagger UI send it back in the {@code
 * X-XSRF-TOKEN} header. The token checked is always the session's, never the cookie's.
 */
final class CsrfTokens {
  static final String COOKIE = "XSRF-TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";

  private static final CsrfTokenRepository STORE = repository();

  private CsrfTokens() {}

  static CsrfTokenRepository repository() {
    HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    sessions.setHeaderName(HEADER);
    return sessions;
  }

  static CsrfTokenRequestHandler requestHandler() {
    return new FormOrHeader();
  }

  /** Copies the session's token into its cookie with every page, so a script there finds it. */
  static OncePerRequestFilter cookieOnEveryPage() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getSession(false) != null
            && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken masked) {
          masked.getToken(); // the session gets its token if it had none
          CsrfToken stored = STORE.loadToken(request);
          Cookie sent = WebUtils.getCookie(request, COOKIE);
          String value = stored == null ? null : stored.getToken();
          if (value != null && (sent == null || !value.equals(sent.getValue()))) {
            ResponseCookie cookie =
                ResponseCookie.from(COOKIE, value)
                    .path("/")
                    .sameSite("Strict")
                    .secure(request.isSecure())
                    .build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
          }
        }
        chain.doFilter(request, response);
      }
    };
  }

  /** A masked token from a form field, the plain token from the header. */
  private static final class FormOrHeader implements CsrfTokenRequestHandler {
    private final XorCsrfTokenRequestAttributeHandler masked =
        new XorCsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

    @Override
    public void handle(
        HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
      masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
      return StringUtils.hasText(request.getHeader(token.getHeaderName()))
          ? plain.resolveCsrfTokenValue(request, token)
          : masked.resolveCsrfTokenValue(request, token);
    }
  }
}
