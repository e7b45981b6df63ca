package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.WorkbookRead;
import vn.luanchuyen.importexport.WorkbookReader;
import vn.luanchuyen.importexport.WorkbookWriter;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningReport;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Đo hiệu năng (in thời gian và bộ nhớ heap).",
    subcommands = {
      BenchCommand.ImportBench.class,
      BenchCommand.ScreenBench.class,
      ReadBench.class,
      PlanBench.class,
      DashboardBench.class
    })
class BenchCommand implements Runnable {
  @Override
  public void run() {
    System.out.println(
        "Dùng: bench import --cadres N | bench read --workbook FILE | bench screen --cadres N |"
            + " bench plan --cadres N[,N...] | bench dashboard --cadres N");
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

    @Option(
        names = "--h2-settings",
        defaultValue = "",
        description = "Thiết lập thêm cho URL của H2, ví dụ ;CACHE_SIZE=131072.")
    String h2Settings;

    @Option(names = "--no-postgres", description = "Chỉ đo với H2.")
    boolean noPostgres;

    @Option(names = "--no-h2", description = "Chỉ đo với PostgreSQL.")
    boolean noH2;

    @Option(
        names = "--workbook",
        paramLabel = "FILE",
        description =
            "Nhập sổ Excel này thay cho sổ mẫu sinh ra (bỏ qua --cadres, --seed), để các lần đo"
                + " dùng chung một sổ.")
    Path given;

    @Option(
        names = "--runs",
        defaultValue = "1",
        description =
            "Số lần nhập vào mỗi cơ sở dữ liệu, mỗi lần vào một cơ sở dữ liệu mới và kèm một lần"
                + " đọc riêng; mặc định ${DEFAULT-VALUE}. Từ 2 lần, in thêm trung vị.")
    int runs;

    @Option(
        names = "--warmup",
        description =
            "Trước các lần đo, nhập thử một lần vào mỗi loại cơ sở dữ liệu (không tính), để các lần"
                + " nhập được đo chạy trên mã đã biên dịch như máy chủ sau lần nhập đầu, cùng kiểu"
                + " với lần đọc riêng. Không có tùy chọn này, lần nhập đầu chạy trong JVM mới.")
    boolean warmup;

    @Override
    public Integer call() throws IOException, SQLException {
      if (runs < 1) {
        System.err.println("--runs phải từ 1 trở lên");
        return 2;
      }
      Path dir = Files.createTempDirectory("luanchuyen-bench");
      Path workbook;
      if (given != null) {
        if (!Files.isRegularFile(given)) {
          System.err.println("Không có tệp " + given);
          return 2;
        }
        workbook = given;
        System.out.printf("Sổ: %s, %.1f MB%n", given, Files.size(given) / 1e6);
      } else {
        workbook = dir.resolve("demo-" + cadres + ".xlsx");
        long t0 = System.nanoTime();
        new WorkbookWriter().write(DemoDistrict.generate(seed, cadres), workbook);
        System.out.printf(
            "Sổ mẫu: %d cán bộ, %.1f MB, sinh và ghi trong %.1f s%n",
            cadres, Files.size(workbook) / 1e6, (System.nanoTime() - t0) / 1e9);
      }
      System.out.printf(
          "Heap tối đa của JVM: %s; bộ thu gom rác: %s%n",
          HeapPeak.mib(Runtime.getRuntime().maxMemory()), HeapPeak.collectors());

      if (warmup) {
        List<String> tried = new ArrayList<>();
        if (!noH2) {
          tried.add(String.format("H2 %s s", seconds(importH2(dir, 0, workbook, "").totalMs())));
        }
        if (!noPostgres) {
          tried.add(
              String.format("PostgreSQL %s s", seconds(importPostgres(0, workbook, "").totalMs())));
        }
        System.out.println("Nhập thử (không tính): " + String.join(", ", tried));
      }
      List<Measured> results = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        String suffix = runs == 1 ? "" : " #" + run;
        if (!noH2) {
          results.add(importH2(dir, run, workbook, suffix).readAlone(readAlone(workbook)));
        }
        if (!noPostgres) {
          results.add(importPostgres(run, workbook, suffix).readAlone(readAlone(workbook)));
        }
      }
      Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      print(results);
      if (!warmup) {
        System.out.println(
            "Lần nhập đầu chạy trong JVM mới (mã chưa được biên dịch), lần đọc riêng sau nó thì"
                + " không: so lần nhập đầu với bench read --runs 1 (cũng trong JVM mới), hoặc đo với"
                + " --warmup.");
      }
      if (runs > 1) {
        printMedians(results);
      }
      return results.stream().allMatch(r -> r.report().imported()) ? 0 : 1;
    }

    private Measured importH2(Path dir, int run, Path workbook, String suffix) {
      DatabaseOptions h2 = new DatabaseOptions();
      h2.url = "jdbc:h2:file:" + dir.resolve("bench-" + run).toAbsolutePath() + h2Settings;
      return measure("H2" + suffix, h2, workbook);
    }

    /** An import into a new PostgreSQL database, dropped after. */
    private Measured importPostgres(int run, Path workbook, String suffix) throws SQLException {
      String name = "luanchuyen_bench_" + ProcessHandle.current().pid() + "_" + run;
      execute(
          postgres + "postgres", "create database " + name + " encoding 'UTF8' template template0");
      try {
        DatabaseOptions pg = new DatabaseOptions();
        pg.url = postgres + name + "?reWriteBatchedInserts=true";
        return measure("PostgreSQL" + suffix, pg, workbook);
      } finally {
        execute(postgres + "postgres", "drop database if exists " + name);
      }
    }

    /**
     * The floor an import is held to: reading the same workbook alone, right after the import, the
     * faster of two reads.
     */
    private static long readAlone(Path workbook) {
      long readAlone = Long.MAX_VALUE;
      for (int i = 0; i < 2; i++) {
        long r0 = System.nanoTime();
        WorkbookRead alone = new WorkbookReader().read(workbook);
        readAlone = Math.min(readAlone, (System.nanoTime() - r0) / 1_000_000);
        if (!alone.readCleanly()) {
          System.out.println("Sổ mẫu đọc riêng có lỗi: " + alone.problems().size());
        }
      }
      return readAlone;
    }

    /** Each database's median import, read alone and ratio over its runs. */
    private static void printMedians(List<Measured> results) {
      Map<String, List<Measured>> byDatabase = new java.util.LinkedHashMap<>();
      results.forEach(
          r ->
              byDatabase
                  .computeIfAbsent(r.label().replaceAll(" #\\d+$", ""), k -> new ArrayList<>())
                  .add(r));
      byDatabase.forEach(
          (database, measured) ->
              System.out.printf(
                  "%s, trung vị của %d lần: nhập %s s, đọc riêng %s s, nhập / đọc riêng %.2f lần"
                      + " (các lần: %s)%n",
                  database,
                  measured.size(),
                  seconds(Math.round(median(measured, Measured::totalMs))),
                  seconds(Math.round(median(measured, Measured::readAloneMs))),
                  median(measured, Measured::ratio),
                  String.join(
                      "; ",
                      measured.stream().map(m -> String.format("%.2f", m.ratio())).toList())));
    }

    /** The median of a figure over the runs (the mean of the middle two for an even count). */
    private static double median(
        List<Measured> measured, java.util.function.ToDoubleFunction<Measured> of) {
      double[] values = measured.stream().mapToDouble(of).sorted().toArray();
      int n = values.length;
      return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /**
     * One import's report, its time from start to commit, its peak heap, and the time of reading
     * the workbook alone right after it.
     */
    record Measured(
        String label,
        ImportReport report,
        long totalMs,
        long peakBytes,
        long cpuMs,
        long readAloneMs) {
      Measured readAlone(long ms) {
        return new Measured(label, report, totalMs, peakBytes, cpuMs, ms);
      }

      double ratio() {
        return (double) totalMs / Math.max(1, readAloneMs);
      }
    }

    /** The CPU time this JVM has used so far, every thread and the collector's included. */
    static long processCpuMs() {
      return ((com.sun.management.OperatingSystemMXBean)
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime()
          / 1_000_000;
    }

    private static Measured measure(String label, DatabaseOptions db, Path workbook) {
      try (ConfigurableApplicationContext app =
          Application.core(
              db,
              Map.of(
                  "logging.level.vn.luanchuyen.importexport",
                  "INFO",
                  "logging.level.vn.luanchuyen.importexport.RegistryStore",
                  "DEBUG",
                  "logging.level.vn.luanchuyen.audit",
                  "DEBUG"))) {
        RegistryImport importer = app.getBean(RegistryImport.class);
        HeapPeak.reset();
        long cpu = processCpuMs();
        long start = System.nanoTime();
        ImportReport report = importer.importWorkbook(workbook);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Measured m = new Measured(label, report, ms, HeapPeak.peakBytes(), processCpuMs() - cpu, 0);
        if (!report.imported()) {
          System.out.printf("%s: sổ bị từ chối với %d lỗi%n", label, report.problems().size());
          report.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
        }
        return m;
      }
    }

    /**
     * The databases side by side: the whole import, its phases (which overlap: the records are
     * written while the workbook is read), what is left once the reading is done, the peak heap,
     * and the import's time against reading the workbook alone.
     */
    private static void print(List<Measured> results) {
      StringBuilder header = new StringBuilder(String.format("%-42s", ""));
      results.forEach(r -> header.append(String.format("%18s", r.label())));
      System.out.println(header);
      row(results, "nhập (đến khi ghi xong, giây)", r -> seconds(r.totalMs()));
      row(results, "  đọc sổ (trong lúc ghi)", r -> seconds(r.report().phases().readMs()));
      row(
          results,
          "  kiểm tra (cả đọc dữ liệu hiện có)",
          r -> seconds(r.report().phases().existingMs() + r.report().phases().checkMs()));
      row(results, "  ghi (không kể lúc chờ đọc)", r -> seconds(r.report().phases().writeMs()));
      row(
          results,
          "  ghi nhật ký (mỗi cán bộ một mục)",
          r -> seconds(r.report().phases().auditMs()));
      row(
          results,
          "  xác nhận giao dịch (niêm phong, commit)",
          r -> seconds(r.report().phases().commitMs()));
      row(
          results,
          "  còn lại sau khi đọc xong",
          r -> seconds(r.totalMs() - r.report().phases().readMs()));
      row(results, "đọc riêng sổ này (không ghi, giây)", r -> seconds(r.readAloneMs()));
      row(results, "nhập / đọc riêng (lần)", r -> String.format("%.2f", r.ratio()));
      row(results, "thời gian CPU của JVM (giây, mọi luồng)", r -> seconds(r.cpuMs()));
      row(results, "đỉnh heap", r -> HeapPeak.mib(r.peakBytes()));
      row(
          results,
          "cán bộ / dòng quá trình công tác",
          r ->
              r.report().imported()
                  ? r.report().counts().cadres() + " / " + r.report().counts().assignments()
                  : "từ chối");
    }

    private static void row(
        List<Measured> results, String label, java.util.function.Function<Measured, String> cell) {
      StringBuilder line = new StringBuilder(String.format("%-42s", label));
      results.forEach(r -> line.append(String.format("%18s", cell.apply(r))));
      System.out.println(line);
    }

    private static String seconds(long ms) {
      return String.format("%.1f", ms / 1000.0);
    }

    private static void execute(String url, String sql) throws SQLException {
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  }

  @Command(
      name = "screen",
      mixinStandardHelpOptions = true,
      description = {
        "Sàng lọc một bản chụp sổ đăng ký sinh ra (quận Hà Đông nhân lên) theo chính sách hiện hành",
        "tại 30/06/2022; in thời gian lập chỉ mục, thời gian sàng lọc (lần tốt nhất và trung vị",
        "sau một lần chạy khởi động) và heap còn dùng sau khi sàng lọc."
      })
  static class ScreenBench implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--cadres",
        split = ",",
        defaultValue = "400,100000,1000000",
        description = "Số cán bộ, có thể nhiều giá trị; mặc định ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(
        names = "--runs",
        defaultValue = "5",
        description = "Số lần đo, mặc định ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--policy", description = "Chính sách; mặc định chính sách hiện hành.")
    String policy;

    @Override
    public Integer call() {
      Policy chosen = CurrentPolicy.named(spec, policy);
      LocalDate asOf = LocalDate.of(2022, 6, 30);
      System.out.printf(
          "Chính sách %s, tại %s; %d nhân, heap tối đa %s, bộ thu gom rác %s%n",
          chosen.id(),
          asOf.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
          Runtime.getRuntime().availableProcessors(),
          HeapPeak.mib(Runtime.getRuntime().maxMemory()),
          HeapPeak.collectors());
      for (int n : sizes) {
        RegistryContent c = DemoDistrict.generate(2022, n);
        // the generator's garbage is collected first: the index is timed, not the demo's making
        System.gc();
        long t0 = System.nanoTime();
        RegistrySnapshot snapshot = RegistrySnapshot.of(c);
        double indexMs = (System.nanoTime() - t0) / 1e6;
        c = null;
        RotationScreening screening = new RotationScreening();
        screening.screen(snapshot, chosen, asOf);
        long[] times = new long[runs];
        ScreeningReport report = null;
        for (int r = 0; r < runs; r++) {
          report = null;
          System.gc();
          long start = System.nanoTime();
          report = screening.screen(snapshot, chosen, asOf);
          times[r] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long mustMove = report.mustMoveCount();
        System.out.printf(
            "%,d cán bộ: lập chỉ mục %.0f ms; sàng lọc tốt nhất %.0f ms, trung vị %.0f ms;"
                + " heap còn dùng (bản chụp + kết quả) %s; %,d phải luân chuyển%n",
            n, indexMs, times[0] / 1e6, times[runs / 2] / 1e6, HeapPeak.mib(used), mustMove);
      }
      return 0;
    }
  }
}
