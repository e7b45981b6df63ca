package vn.luanchuyen.security;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies named in
 * {@code luanchuyen.security.trusted-proxies} (exact addresses, comma-separated); from anyone else
 * they are ignored, so a client cannot choose the address the login throttle counts, nor pretend to
 * have come over HTTPS. Empty (the default): no proxy is trusted.
 */
@Component
@ConditionalOnWebApplication
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  private final List<String> proxies;

  TrustedProxies(@Value("${luanchuyen.security.trusted-proxies:}") List<String> proxies) {
    this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    if (proxies.isEmpty()) {
      return;
    }
    RemoteIpValve valve = new RemoteIpValve();
    valve.setInternalProxies(proxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    valve.setTrustedProxies(null);
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    factory.addEngineValves(valve);
  }
}
