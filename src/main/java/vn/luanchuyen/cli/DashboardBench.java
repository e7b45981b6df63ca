package vn.luanchuyen.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.LuanChuyenApplication;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.reporting.QualityAnalysis;
import vn.luanchuyen.reporting.QualityReport;
import vn.luanchuyen.reporting.QualityReports;
import vn.luanchuyen.reporting.QualityScope;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.RecordChanged;

@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Sinh sổ mẫu N cán bộ, nạp vào một cơ sở dữ liệu PostgreSQL mới (xóa sau khi đo), chạy máy chủ",
      "trên cổng ngẫu nhiên của 127.0.0.1 và đo trang phân tích chất lượng: tính toán trong tiến trình",
      "và tải trang qua HTTP (đã đăng nhập); in trung vị (p50) và p95, đơn vị ms."
    })
class DashboardBench implements Callable<Integer> {

  @Option(
      names = "--cadres",
      defaultValue = "100000",
      description = "Số cán bộ, mặc định ${DEFAULT-VALUE}.")
  int cadres;

  @Option(names = "--seed", defaultValue = "2022")
  long seed;

  @Option(
      names = "--requests",
      defaultValue = "30",
      description = "Số lần đo mỗi loại, mặc định ${DEFAULT-VALUE}.")
  int requests;

  @Option(
      names = "--postgres",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/",
      description = "Máy chủ PostgreSQL (không có tên cơ sở dữ liệu), mặc định ${DEFAULT-VALUE}.")
  String postgres;

  @Override
  public Integer call() throws Exception {
    String name = "luanchuyen_dashboard_" + ProcessHandle.current().pid();
    execute(
        postgres + "postgres", "create database " + name + " encoding 'UTF8' template template0");
    try {
      DatabaseOptions db = new DatabaseOptions();
      db.url = postgres + name + "?reWriteBatchedInserts=true";
      Map<String, Object> properties = new LinkedHashMap<>(db.properties());
      properties.put("server.port", 0);
      properties.put("server.address", "127.0.0.1");
      properties.put("logging.level.root", "WARN");
      properties.put("luanchuyen.demo.load-if-empty", "false");
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(LuanChuyenApplication.class)
              .bannerMode(Banner.Mode.OFF)
              .logStartupInfo(false)
              .run(Application.arguments(properties))) {
        long t0 = System.nanoTime();
        app.getBean(RegistryStore.class).store(DemoDistrict.generate(seed, cadres));
        app.getBean(DemoUsers.class).create();
        System.out.printf(
            "Sổ mẫu %d cán bộ nạp vào PostgreSQL trong %.1f s%n",
            cadres, (System.nanoTime() - t0) / 1e9);
        measure(app);
      }
    } finally {
      execute(postgres + "postgres", "drop database if exists " + name);
    }
    return 0;
  }

  private void measure(ConfigurableApplicationContext app)
      throws IOException, InterruptedException {
    QualityReports reports = app.getBean(QualityReports.class);
    var asOf = DemoDistrict.REFERENCE_DATE;
    long start = System.nanoTime();
    QualityAnalysis.Prepared registry = reports.prepared();
    System.out.printf(
        "Đọc sổ từ PostgreSQL và lập chỉ mục lần đầu: %.0f ms%n",
        (System.nanoTime() - start) / 1e6);
    QualityReport report = reports.quality(registry, asOf, QualityScope.everything());
    System.out.printf("Cán bộ đang giữ chức vụ tại %s: %d%n", asOf, report.total());
    System.out.printf(
        "Tải trung bình của máy lúc đo: %.1f trên %d nhân%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());

    double[] compute = new double[requests];
    double[] computeCpu = new double[requests];
    double[] service = new double[requests];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = -3; i < requests; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long a = System.nanoTime();
      reports.quality(registry, asOf, QualityScope.everything());
      long b = System.nanoTime();
      long cpuUsed = threads.getCurrentThreadCpuTime() - cpu;
      reports.quality(asOf, QualityScope.everything());
      long c = System.nanoTime();
      if (i >= 0) {
        compute[i] = (b - a) / 1e6;
        computeCpu[i] = cpuUsed / 1e6;
        service[i] = (c - b) / 1e6;
      }
    }
    print("Tính toán mới (sổ đã đọc, đã lập chỉ mục)", compute);
    print("  thời gian CPU của luồng cho phép tính đó", computeCpu);
    print("Xem lại cùng ngày và phạm vi (kiểm tra dấu vân sổ, dùng kết quả đã tính)", service);

    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    String base = "http://127.0.0.1:" + port;
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    logIn(http, base);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    double[] repeated = new double[requests];
    double[] fresh = new double[requests];
    long bytes = 0;
    for (int i = -3; i < requests; i++) {
      String same = base + "/reports/quality?asOf=" + asOf.format(day);
      String other = base + "/reports/quality?asOf=" + asOf.minusDays(i + 10L).format(day);
      long a = System.nanoTime();
      bytes = get(http, same);
      long b = System.nanoTime();
      get(http, other);
      long c = System.nanoTime();
      if (i >= 0) {
        repeated[i] = (b - a) / 1e6;
        fresh[i] = (c - b) / 1e6;
      }
    }
    print("Trang /reports/quality qua HTTP, xem lại (" + bytes / 1024 + " KB)", repeated);
    print("Trang /reports/quality qua HTTP, mỗi lần một ngày khác (tính mới)", fresh);

    // An audited read of a profile moves the audit trail's head; the next page finds only reads
    // after the head it knew and reuses the records read.
    CadreRegistry registryApi = app.getBean(CadreRegistry.class);
    String someone = registry.cadreCodeAt(0);
    double[] afterRead = new double[requests];
    for (int i = -3; i < requests; i++) {
      registryApi.recordRead(someone, "bench");
      String other = base + "/reports/quality?asOf=" + asOf.minusDays(i + 1000L).format(day);
      long a = System.nanoTime();
      get(http, other);
      long b = System.nanoTime();
      if (i >= 0) {
        afterRead[i] = (b - a) / 1e6;
      }
    }
    print(
        "Trang /reports/quality qua HTTP, ngày khác, sau một lượt xem hồ sơ (nhật ký chỉ có lượt"
            + " xem)",
        afterRead);

    // A change audited outside the registry (an approval step, a user account) leaves the audit
    // trail with more than reads: the next page scans the registry tables' fingerprint.
    double[] afterOther = new double[requests];
    for (int i = -3; i < requests; i++) {
      app.publishEvent(new RecordChanged("bench", String.valueOf(i), "UPDATE", null, null));
      String other = base + "/reports/quality?asOf=" + asOf.minusDays(i + 2000L).format(day);
      long a = System.nanoTime();
      get(http, other);
      long b = System.nanoTime();
      if (i >= 0) {
        afterOther[i] = (b - a) / 1e6;
      }
    }
    print(
        "Trang /reports/quality qua HTTP, ngày khác, sau một thay đổi ngoài sổ (quét dấu vân sổ)",
        afterOther);
    System.out.printf(
        "Tải trung bình của máy sau khi đo: %.1f%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " for " + url);
    }
    return response.body().length;
  }

  private static void logIn(HttpClient http, String base) throws IOException, InterruptedException {
    String form =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String body =
        "username=xem&password="
            + DemoUsers.PASSWORD
            + "&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    if (location.contains("error")) {
      throw new IllegalStateException("log-in refused");
    }
  }

  private static void print(String label, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: p50 %.0f ms, p95 %.0f ms, tối đa %.0f ms (%d lần)%n",
        label,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted[sorted.length - 1],
        sorted.length);
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
