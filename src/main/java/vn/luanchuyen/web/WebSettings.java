package vn.luanchuyen.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese first, English on request ({@code ?lang=en}); the clock of Hà Nội. */
@Configuration
class WebSettings implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("luanchuyen-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    registry.addInterceptor(change);
  }
}
