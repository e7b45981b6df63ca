package vn.luanchuyen.cli;

/** The process entry point: {@code java -jar luanchuyen.jar [command] [options]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exitCode = LuanChuyenCommand.execute(args);
    if (!LuanChuyenCommand.keepsRunning()) {
      System.exit(exitCode);
    }
  }
}
