package vn.luanchuyen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.importexport.WorkbookRead;
import vn.luanchuyen.importexport.WorkbookReader;

/**
 * {@code bench read}: reads a workbook alone, several times in this JVM. The first read runs on
 * code not yet compiled, as the read of a command started for it; the later ones run as in a server
 * that has read before. So an import measured the same way ({@code bench import}, its first run in
 * a new JVM, or its runs after {@code --warmup}) has a floor of like kind.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
      "Đọc riêng một sổ Excel (không ghi gì) nhiều lần trong cùng một JVM và in thời gian, CPU mỗi",
      "lần: lần đầu là đọc trong JVM mới khởi động (mã chưa được biên dịch), các lần sau như máy chủ",
      "đã chạy. Để so với bench import cùng kiểu: lần nhập đầu, hoặc các lần nhập sau --warmup."
    })
class ReadBench implements Callable<Integer> {

  @Option(
      names = "--workbook",
      required = true,
      paramLabel = "FILE",
      description = "Sổ Excel cần đọc.")
  Path workbook;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Số lần đọc, mặc định ${DEFAULT-VALUE}.")
  int runs;

  @Override
  public Integer call() {
    if (runs < 1) {
      System.err.println("--runs phải từ 1 trở lên");
      return 2;
    }
    if (!Files.isRegularFile(workbook)) {
      System.err.println("Không có tệp " + workbook);
      return 2;
    }
    for (int run = 1; run <= runs; run++) {
      long cpu = BenchCommand.ImportBench.processCpuMs();
      long start = System.nanoTime();
      WorkbookRead read = new WorkbookReader().read(workbook);
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "Lần đọc %d%s: %.1f s, CPU của JVM %.1f s; %d cán bộ%s%n",
          run,
          run == 1 ? " (JVM mới)" : "",
          ms / 1000.0,
          (BenchCommand.ImportBench.processCpuMs() - cpu) / 1000.0,
          read.content().cadres().size(),
          read.readCleanly() ? "" : "; sổ có " + read.problems().size() + " lỗi");
    }
    return 0;
  }
}
