package vn.luanchuyen.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTests {

  @Autowired MockMvc mvc;

  @Test
  void theListShowsEveryShippedPolicyByTitleWithItsUnverifiedCount() throws Exception {
    mvc.perform(get("/policies").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cấp tỉnh, cấp xã từ ngày 01/7/2025")))
        .andExpect(content().string(containsString("href=\"/policies/commune-2025\"")))
        .andExpect(content().string(containsString("Đang áp dụng mặc định")));
  }

  @Test
  void theProvincePolicyPageFlagsItsUnverifiedValues() throws Exception {
    mvc.perform(get("/policies/province-2025").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"unverified-warning\"")))
        .andExpect(content().string(containsString("Kết luận 210-KL/TW")))
        .andExpect(content().string(containsString("Chưa xác minh")))
        .andExpect(content().string(containsString("Chủ nhiệm Ủy ban kiểm tra")))
        .andExpect(content().string(not(containsString("CHU_NHIEM_UBKT"))));
  }

  @Test
  void anUnknownPolicyIsNotFound() throws Exception {
    mvc.perform(get("/policies/province-2099").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiDescribesAPolicyInEnglishOnRequest() throws Exception {
    mvc.perform(
            get("/api/v1/policies/province-2025")
                .param("lang", "en")
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2025-07-01"))
        .andExpect(jsonPath("$.unverified").isNumber())
        .andExpect(jsonPath("$.sections[0].title").value("In force"));
  }

  @Test
  void theProvincePolicyShowsTheAgeGatesOfChiThi45WithTheirReferenceMonths() throws Exception {
    mvc.perform(get("/policies/province-2025").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Thời gian công tác còn lại để tái cử")))
        .andExpect(content().string(containsString("Tính tại tháng 09/2025; chức danh:")))
        .andExpect(content().string(containsString("Chỉ thị 45-CT/TW (đại hội đảng bộ cấp tỉnh")));
    mvc.perform(
            get("/api/v1/policies/province-2025")
                .param("lang", "en")
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Counted at 03/2026; posts:")));
  }
}
