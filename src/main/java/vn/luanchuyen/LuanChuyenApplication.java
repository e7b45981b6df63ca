package vn.luanchuyen;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The application core that the web app, the REST API and the command line share. The process
 * starts in {@code vn.luanchuyen.cli.Main}, which picks the command.
 */
@SpringBootApplication
public class LuanChuyenApplication {

  /** Today is read from this clock, in Hà Nội time, and only by adapters, never by the rules. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
