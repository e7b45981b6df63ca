package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.WorkbookWriter;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Đo hiệu năng (in thời gian và bộ nhớ heap).",
    subcommands = {BenchCommand.ImportBench.class, DashboardBench.class})
class BenchCommand implements Runnable {
  @Override
  public void run() {
    System.out.println("Dùng: bench import --cadres N | bench dashboard --cadres N");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Sinh sổ mẫu N cán bộ, nhập vào H2 (tệp) và vào PostgreSQL (cơ sở dữ liệu mới, xóa sau khi đo),",
        "in số giây và đỉnh heap của việc nhập. Chạy với -Xmx1g để kiểm tra giới hạn 1 GB."
      })
  static class ImportBench implements Callable<Integer> {
    @Option(
        names = "--cadres",
        defaultValue = "100000",
        description = "Số cán bộ, mặc định ${DEFAULT-VALUE}.")
    int cadres;

    @Option(names = "--seed", defaultValue = "2022")
    long seed;

    @Option(
        names = "--postgres",
        defaultValue = "jdbc:postgresql://127.0.0.1:5432/",
        description = "Máy chủ PostgreSQL (không có tên cơ sở dữ liệu), mặc định ${DEFAULT-VALUE}.")
    String postgres;

    @Option(names = "--no-postgres", description = "Chỉ đo với H2.")
    boolean noPostgres;

    @Override
    public Integer call() throws IOException, SQLException {
      Path dir = Files.createTempDirectory("luanchuyen-bench");
      Path workbook = dir.resolve("demo-" + cadres + ".xlsx");
      long t0 = System.nanoTime();
      new WorkbookWriter().write(DemoDistrict.generate(seed, cadres), workbook);
      System.out.printf(
          "Sổ mẫu: %d cán bộ, %.1f MB, sinh và ghi trong %.1f s%n",
          cadres, Files.size(workbook) / 1e6, (System.nanoTime() - t0) / 1e9);
      System.out.printf(
          "Heap tối đa của JVM: %s%n", HeapPeak.mib(Runtime.getRuntime().maxMemory()));

      DatabaseOptions h2 = new DatabaseOptions();
      h2.url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath();
      int failures = measure("H2", h2, workbook);
      if (!noPostgres) {
        String name = "luanchuyen_bench_" + ProcessHandle.current().pid();
        execute(
            postgres + "postgres",
            "create database " + name + " encoding 'UTF8' template template0");
        try {
          DatabaseOptions pg = new DatabaseOptions();
          pg.url = postgres + name + "?reWriteBatchedInserts=true";
          failures += measure("PostgreSQL", pg, workbook);
        } finally {
          execute(postgres + "postgres", "drop database if exists " + name);
        }
      }
      Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      return failures == 0 ? 0 : 1;
    }

    private static int measure(String label, DatabaseOptions db, Path workbook) {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        RegistryImport importer = app.getBean(RegistryImport.class);
        HeapPeak.reset();
        long start = System.nanoTime();
        ImportReport report = importer.importWorkbook(workbook);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = HeapPeak.peakBytes();
        if (!report.imported()) {
          System.out.printf("%s: sổ bị từ chối với %d lỗi%n", label, report.problems().size());
          report.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
          return 1;
        }
        System.out.printf(
            "%s: nhập %d cán bộ, %d dòng quá trình công tác trong %.1f s; đỉnh heap %s%n",
            label,
            report.counts().cadres(),
            report.counts().assignments(),
            seconds,
            HeapPeak.mib(peak));
        return 0;
      }
    }

    private static void execute(String url, String sql) throws SQLException {
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  }
}
