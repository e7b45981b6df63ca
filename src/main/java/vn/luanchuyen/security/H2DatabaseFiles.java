package vn.luanchuyen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes an H2 database file readable by its owner only (0600), once the application has opened and
 * migrated it: H2 creates its files with the process's umask, usually 0644. PostgreSQL keeps its
 * own files.
 */
@Component
class H2DatabaseFiles implements SmartInitializingSingleton {
  private static final String FILE_URL = "jdbc:h2:file:";
  private static final List<String> SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db");

  private final Environment environment;

  H2DatabaseFiles(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void afterSingletonsInstantiated() {
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith(FILE_URL)) {
      return;
    }
    for (Path file : filesOf(url)) {
      try {
        OwnerOnlyFiles.restrict(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The files H2 keeps for a file URL such as {@code jdbc:h2:file:./data/luanchuyen;...}. */
  static List<Path> filesOf(String url) {
    String base = url.substring(FILE_URL.length()).split(";", 2)[0];
    if (base.startsWith("~/")) {
      base = System.getProperty("user.home") + base.substring(1);
    }
    String name = base;
    return SUFFIXES.stream().map(suffix -> Path.of(name + suffix)).toList();
  }
}
