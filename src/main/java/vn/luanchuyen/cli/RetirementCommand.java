package vn.luanchuyen.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.policy.RetirementSchedule;
import vn.luanchuyen.shared.PartialDate;

@Command(
    name = "retirement",
    mixinStandardHelpOptions = true,
    description = {
      "Tính tháng nghỉ hưu và tuổi nghỉ hưu theo Bộ luật Lao động 2019 và Nghị định 135/2020.",
      "Ví dụ: retirement --sex Nữ --birth 04/1969  →  12/2025, 56 tuổi 8 tháng"
    })
class RetirementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sex", required = true, description = "Nam hoặc Nữ.")
  String sex;

  @Option(
      names = "--birth",
      required = true,
      paramLabel = "MM/yyyy",
      description = "Ngày sinh: dd/MM/yyyy, MM/yyyy hoặc yyyy.")
  String birth;

  @Option(
      names = "--policy",
      description = "Chính sách chứa lịch tuổi nghỉ hưu; mặc định chính sách hiện hành.")
  String policy;

  @Override
  public Integer call() {
    Sex parsedSex = Sex.fromLabel(sex).orElse(null);
    if (parsedSex == null) {
      System.err.println("Giới tính phải là Nam hoặc Nữ, không phải \"" + sex + "\".");
      return 2;
    }
    PartialDate born;
    try {
      born = PartialDate.parse(birth);
    } catch (IllegalArgumentException e) {
      System.err.println(
          "Ngày sinh \"" + birth + "\" không hợp lệ: cần dd/MM/yyyy, MM/yyyy hoặc yyyy.");
      return 2;
    }
    RetirementSchedule schedule;
    try {
      schedule = CurrentPolicy.named(spec, policy).retirement();
    } catch (PolicyException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    YearMonth month = schedule.retirementMonth(parsedSex, born);
    long ageMonths =
        month.getYear() * 12L
            + month.getMonthValue()
            - (born.date().getYear() * 12L + born.date().getMonthValue());
    System.out.printf(
        "Tháng nghỉ hưu: %s (tuổi nghỉ hưu: %d tuổi %d tháng)%n",
        month.format(DateTimeFormatter.ofPattern("MM/yyyy")), ageMonths / 12, ageMonths % 12);
    return 0;
  }
}
