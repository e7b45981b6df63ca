package vn.luanchuyen.cli;

import java.io.PrintStream;
import java.util.List;
import vn.luanchuyen.importexport.ImportProblem;

/** Prints an import's problems one a line: sheet / row / column: message. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(List<ImportProblem> problems, PrintStream out) {
    print(problems, problems.size(), out);
  }

  /** The problems listed, out of {@code total} found. */
  static void print(List<ImportProblem> problems, long total, PrintStream out) {
    out.println("Sổ không được nhập: có " + total + " lỗi. Không dữ liệu nào đã được ghi.");
    for (ImportProblem p : problems) {
      out.println("  " + p);
    }
    if (total > problems.size()) {
      out.println("  … và " + (total - problems.size()) + " lỗi nữa.");
    }
  }
}
