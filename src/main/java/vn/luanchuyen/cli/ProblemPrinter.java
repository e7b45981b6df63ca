package vn.luanchuyen.cli;

import java.io.PrintStream;
import java.util.List;
import vn.luanchuyen.importexport.ImportProblem;

/** Prints an import's problems one a line: sheet / row / column: message. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(List<ImportProblem> problems, PrintStream out) {
    out.println(
        "Sổ không được nhập: có " + problems.size() + " lỗi. Không dữ liệu nào đã được ghi.");
    for (ImportProblem p : problems) {
      out.println("  " + p);
    }
  }
}
