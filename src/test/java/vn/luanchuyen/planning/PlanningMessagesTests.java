package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.planning.solver.ConstraintIds;
import vn.luanchuyen.planning.solver.NoSeatReason;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.screening.LegalForms;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.shared.Reason;

/** Every constraint and every reason a cadre is left in place reads in both languages. */
class PlanningMessagesTests {

  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    List<String> ids = new ArrayList<>(ConstraintIds.HARD);
    ids.addAll(ConstraintIds.MEDIUM);
    ids.addAll(ConstraintIds.SOFT);
    for (String id : ids) {
      keys.add("constraint." + id);
      keys.add("constraint." + id + ".broken");
    }
    for (NoSeatReason r : NoSeatReason.values()) {
      keys.add("constraint." + ConstraintIds.MUST_MOVE_PLACED + ".reason." + r.name());
    }
    return keys;
  }

  @Test
  void aPlanStillBeingSolvedIsRefusedWithItsCodeInBothLanguages() {
    PlanRefused refused = PlanRefused.notSolved("r7");

    assertThat(refused.code()).isEqualTo("run.not-solved");
    assertThat(refused.getMessage())
        .isEqualTo("Phương án r7 chưa giải xong; hãy chờ đến khi lập xong rồi làm lại");
    assertThat(refused.wording(Locale.ENGLISH))
        .isEqualTo("Plan r7 is not solved yet; wait until it is done and try again");
  }

  @Test
  void everyConstraintAndReasonHasVietnameseAndEnglishText() {
    for (String key : keys()) {
      assertThat(PlanningMessages.hasKey(key, PlanningMessages.VIETNAMESE)).as(key).isTrue();
      assertThat(PlanningMessages.hasKey(key, Locale.ENGLISH)).as(key).isTrue();
    }
  }

  @Test
  void aCadreShortOfWorkingTimeIsToldTheMonthsLeftAndRequiredForTheForm() {
    LegalForms forms =
        new LegalForms(PolicyLoader.fromClasspath("hadong-2022"), LocalDate.of(2022, 6, 30));
    LegalForms.Mover deputy =
        new LegalForms.Mover(
            Policy.Category.DEPUTY_TENURE, Set.of("TRUONG_PHONG"), 53, false, false);

    String text =
        ScreeningMessages.render(
            forms.formRefused(
                AssignmentForm.LUAN_CHUYEN, deputy, List.of("remaining-short-exception")));

    assertThat(text)
        .isEqualTo(
            "luân chuyển: còn 4 năm 5 tháng công tác, chưa đủ 10 năm (hay 5 năm theo ngoại lệ của"
                + " chính sách)");
  }

  @Test
  void everyReasonAFormFailsHasVietnameseAndEnglishText() {
    for (String code :
        List.of(
            "category",
            "not-planned",
            "remaining-short",
            "remaining-short-exception",
            "remaining-unknown",
            "standing",
            "same-post",
            "destination",
            "grade",
            "promotion",
            "level",
            "role",
            "no-equivalent-seat",
            "local-or-return",
            "seats-taken")) {
      Reason reason = new Reason(code, "move-form.refusal." + code, Map.of());
      assertThat(ScreeningMessages.render(reason)).as(code).doesNotStartWith("[");
      assertThat(ScreeningMessages.render(reason, Locale.ENGLISH)).as(code).doesNotStartWith("[");
    }
  }
}
