package vn.luanchuyen;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.luanchuyen.cli.LuanChuyenCommand;

/** The one deployable: the web app, the REST API and the command line share this core. */
@SpringBootApplication
public class LuanChuyenApplication {

  /** Today is read from this clock, in Hà Nội time, and only by adapters, never by the rules. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  public static void main(String[] args) {
    int exitCode = LuanChuyenCommand.execute(args);
    if (!LuanChuyenCommand.keepsRunning()) {
      System.exit(exitCode);
    }
  }
}
