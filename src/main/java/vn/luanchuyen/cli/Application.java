package vn.luanchuyen.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.luanchuyen.LuanChuyenApplication;

/** Starts the application core for a command: without the web server, quietly. */
final class Application {
  private Application() {}

  static ConfigurableApplicationContext core(DatabaseOptions db, Map<String, Object> extra) {
    Map<String, Object> properties = new LinkedHashMap<>(db.properties());
    properties.put("logging.level.root", "WARN");
    properties.put("luanchuyen.demo.load-if-empty", "false");
    properties.putAll(extra);
    return new SpringApplicationBuilder(LuanChuyenApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(arguments(properties));
  }

  /**
   * The properties as {@code --key=value} arguments, which override application.properties (the
   * builder's own properties would only be defaults).
   */
  static String[] arguments(Map<String, Object> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
