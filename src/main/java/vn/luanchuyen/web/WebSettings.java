package vn.luanchuyen.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Vietnamese first, English on request ({@code ?lang=en}); page links written as they are, without
 * looking each one up among the static resources.
 */
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

  /**
   * Turns off the filter Spring Boot adds with the webjars locator. It rewrote every link of every
   * page (each cadre row's link too) through a class-path search for a static file of that name,
   * uncached when there is none: 40% of a list page's CPU under load. Pages name webjars without a
   * version, and the resource chain still resolves those when the browser asks for them.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> off =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    off.setEnabled(false);
    return off;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    // ?lang=../.. and the like are no language: the page stays in the language it was
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
