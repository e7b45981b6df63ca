package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.planning.solver.ConstraintIds;
import vn.luanchuyen.planning.solver.NoSeatReason;

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
  void everyConstraintAndReasonHasVietnameseAndEnglishText() {
    for (String key : keys()) {
      assertThat(PlanningMessages.hasKey(key, PlanningMessages.VIETNAMESE)).as(key).isTrue();
      assertThat(PlanningMessages.hasKey(key, Locale.ENGLISH)).as(key).isTrue();
    }
  }

  @Test
  void aCadreShortOfWorkingTimeIsToldTheMonthsLeftAndRequired() {
    String text =
        PlanningMessages.render(
            "constraint.mustMoveCadreIsPlaced.reason.WORKING_TIME.exception",
            Map.of("months", 53, "required", 120, "exception", 60));

    assertThat(text)
        .isEqualTo(
            "còn 53 tháng công tác, chưa đủ 120 tháng chính sách yêu cầu (hay 60 tháng theo ngoại"
                + " lệ) để nhận bất kỳ chức vụ tương đương nào");
  }
}
