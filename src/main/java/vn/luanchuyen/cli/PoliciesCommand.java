package vn.luanchuyen.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyDescription;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.shared.Reason;

@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    description = {
      "Liệt kê các chính sách có sẵn, hoặc trình bày một chính sách: từng giá trị kèm căn cứ,"
          + " giá trị chưa xác minh được đánh dấu.",
      "Ví dụ: policies  ·  policies <mã chính sách>  ·  policies --file chinh-sach.yaml",
      "Nhiều tệp (--file a.yaml --file b.yaml) được kiểm tra cùng nhau: hai phiên bản của cùng một"
          + " chính sách (family) không được có thời gian hiệu lực chồng nhau."
    })
class PoliciesCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "Mã chính sách có sẵn.")
  String id;

  @Option(
      names = "--file",
      description =
          "Kiểm tra và trình bày tệp chính sách YAML (lặp lại để kiểm tra nhiều phiên bản).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--lang", description = "vi (mặc định) hoặc en.")
  String lang = "vi";

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    try {
      Policies shipped = CurrentPolicy.policies(spec);
      if (id == null && files.isEmpty()) {
        for (Policy p : PolicyLoader.shipped()) {
          System.out.printf(
              "%-14s %s%s%n    %s%s%n",
              p.id(),
              p.name(),
              p.id().equals(shipped.currentId())
                  ? "  [" + text("policy.page.current", locale) + "]"
                  : "",
              p.effective().to() == null
                  ? DAY.format(p.effective().from()) + " –"
                  : DAY.format(p.effective().from()) + " – " + DAY.format(p.effective().to()),
              p.unverified().isEmpty()
                  ? ""
                  : "  ("
                      + text("policy.page.unverified", locale)
                      + ": "
                      + p.unverified().size()
                      + ")");
        }
        return 0;
      }
      if (files.isEmpty()) {
        print(shipped.byId(id), locale);
        return 0;
      }
      List<Policy> policies = PolicyLoader.fromFiles(files);
      for (int i = 0; i < policies.size(); i++) {
        if (i > 0) {
          System.out.println();
        }
        print(policies.get(i), locale);
      }
      return 0;
    } catch (PolicyException e) {
      System.err.println(e.getMessage(locale));
      return 2;
    }
  }

  private static void print(Policy policy, Locale locale) {
    PolicyDescription description = PolicyDescription.of(policy);
    System.out.println(policy.name());
    String unverified = text("policy.page.unverified", locale);
    for (PolicyDescription.Rendered section : description.render(locale)) {
      System.out.println();
      System.out.println("== " + section.title());
      for (PolicyDescription.RenderedLine line : section.lines()) {
        System.out.println(
            "- "
                + line.label()
                + ": "
                + line.value()
                + (line.verified() ? "" : "  [" + unverified + "]"));
        if (line.basis() != null) {
          System.out.println("    " + text("policy.page.basis", locale) + ": " + line.basis());
        }
        if (line.note() != null) {
          System.out.println("    " + line.note());
        }
      }
    }
  }

  private static String text(String key, Locale locale) {
    return ScreeningMessages.render(new Reason(key, key, Map.of()), locale);
  }
}
