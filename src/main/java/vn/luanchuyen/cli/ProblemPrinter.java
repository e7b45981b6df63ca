package vn.luanchuyen.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.importexport.ImportProblem;
import vn.luanchuyen.shared.MessageRenderer;

/** Prints an import's problems one a line, in Vietnamese: sheet / row / column: message. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(List<ImportProblem> problems, PrintStream out) {
    print(problems, problems.size(), out);
  }

  /** The problems listed, out of {@code total} found. */
  static void print(List<ImportProblem> problems, long total, PrintStream out) {
    out.println(
        MessageRenderer.PLAIN.render(
            "import.rejected.detail", Map.of("problems", total), MessageRenderer.VIETNAMESE));
    for (ImportProblem p : problems) {
      out.println("  " + p.described(MessageRenderer.VIETNAMESE));
    }
    if (total > problems.size()) {
      out.println(
          "  "
              + MessageRenderer.PLAIN.render(
                  "import.rejected.more",
                  Map.of("more", total - problems.size()),
                  MessageRenderer.VIETNAMESE));
    }
  }
}
