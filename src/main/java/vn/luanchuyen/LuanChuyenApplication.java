package vn.luanchuyen;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.luanchuyen.cli.LuanChuyenCommand;

/** The one deployable: the web app, the REST API and the command line share this core. */
@SpringBootApplication
public class LuanChuyenApplication {
  public static void main(String[] args) {
    int exitCode = LuanChuyenCommand.execute(args);
    if (!LuanChuyenCommand.keepsRunning()) {
      System.exit(exitCode);
    }
  }
}
