package vn.luanchuyen.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.LuanChuyenApplication;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Chạy ứng dụng web và API (mặc định khi không có lệnh nào).",
      "Với cơ sở dữ liệu trống, nạp dữ liệu mẫu của quận Hà Đông năm 2022 (trừ khi có --no-demo)."
    })
class ServeCommand implements Runnable {
  private static volatile boolean serving;

  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(
      names = "--port",
      description = "Cổng HTTP, mặc định ${DEFAULT-VALUE}.",
      defaultValue = "8080")
  int port = 8080;

  @Option(names = "--no-demo", description = "Không nạp dữ liệu mẫu vào cơ sở dữ liệu trống.")
  boolean noDemo;

  @Option(
      names = "--production",
      description = {
        "Chế độ vận hành thật (hồ sơ Spring production): không dữ liệu mẫu, không người dùng mẫu;",
        "cơ sở dữ liệu chưa có người dùng thì tạo quản trị viên admin, phải đổi mật khẩu ở lần",
        "đăng nhập đầu; cookie phiên chỉ gửi qua HTTPS."
      })
  boolean production;

  static boolean serving() {
    return serving;
  }

  @Override
  public void run() {
    Map<String, Object> properties = new LinkedHashMap<>(db.properties());
    properties.put("server.port", port);
    properties.put("luanchuyen.demo.load-if-empty", !noDemo && !production);
    if (production) {
      properties.put("spring.profiles.active", "production");
    }
    new SpringApplicationBuilder(LuanChuyenApplication.class)
        .run(Application.arguments(properties));
    serving = true;
  }
}
