package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;

/** The report's JSON follows the example structure of exchange-format.md. */
class ScreeningJsonTests {

  final Policy policy = PolicyLoader.fromClasspath("hadong-2022");

  ScreeningReport report() {
    RegistryFixture registry = new RegistryFixture();
    Unit office = registry.department("VP", "Văn phòng HĐND và UBND");
    var head = registry.headSeat("P-VP-BT", office, "Chánh Văn phòng");
    Unit ward = registry.ward("W1-DU", "Đảng ủy phường W1", "CAP_UY", "W1");
    var secretary = registry.seat("W1-BT", ward, "Bí thư", PositionRank.HEAD, "BI_THU");
    registry
        .add(aCadre("CB0001").man().born(1969, 4).holding(head).since(date(2013, 3, 1)))
        .add(aCadre("CB0002").hometown("W1").holding(secretary).since(date(2021, 1, 1)));
    return new RotationScreening().screen(registry.snapshot(), policy, date(2022, 6, 30));
  }

  @Test
  void writesTheExchangeFormatShape() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ScreeningJson.write(report()));

    assertThat(fieldNames(json)).startsWith("policy").contains("asOf", "cadres", "targets");
    assertThat(json.get("policy").asText()).isEqualTo("hadong-2022");
    assertThat(json.get("asOf").asText()).isEqualTo("2022-06-30");

    JsonNode cadre = json.get("cadres").get(0);
    assertThat(fieldNames(cadre))
        .containsSubsequence("code", "retirementMonth", "remainingMonths", "verdicts");
    assertThat(cadre.get("code").asText()).isEqualTo("CB0001");
    assertThat(cadre.get("retirementMonth").asText()).isEqualTo("2031-04");
    assertThat(cadre.get("remainingMonths").isInt()).isTrue();
    assertThat(cadre.get("remainingMonths").asInt()).isEqualTo(106);

    JsonNode verdict = cadre.get("verdicts").get(0);
    assertThat(fieldNames(verdict)).containsSubsequence("rule", "outcome", "facts", "reason");
    assertThat(verdict.get("rule").asText()).isEqualTo("head-tenure");
    assertThat(verdict.get("outcome").asText()).isEqualTo("MUST_MOVE");
    assertThat(verdict.get("facts").get("position").asText()).isEqualTo("P-VP-BT");
    assertThat(verdict.get("facts").get("sinceDate").asText()).isEqualTo("2013-03-01");
    assertThat(verdict.get("facts").get("tenureMonths").asInt()).isEqualTo(111);
    assertThat(verdict.get("reason").asText())
        .isEqualTo(
            "Giữ chức vụ cấp trưởng Chánh Văn phòng liên tục 9 năm 3 tháng (từ 01/03/2013), từ 8"
                + " năm trở lên");

    JsonNode target = json.get("targets").get(0);
    assertThat(fieldNames(target))
        .containsSubsequence("target", "value", "goal", "met", "numerator", "denominator");
    assertThat(target.get("target").asText()).isEqualTo("non-local-ward-leaders");
    assertThat(target.get("value").asDouble()).isEqualTo(0.0);
    assertThat(target.get("goal").asDouble()).isEqualTo(0.5);
    assertThat(target.get("met").asBoolean()).isFalse();
    assertThat(target.get("numerator").asInt()).isZero();
    assertThat(target.get("denominator").asInt()).isEqualTo(1);
    assertThat(json.get("targets").get(1).get("target").asText())
        .isEqualTo("deputies-per-department");
  }

  @Test
  void writesFactsInTheOrderOfTheExample() throws Exception {
    JsonNode facts =
        new ObjectMapper()
            .readTree(ScreeningJson.write(report()))
            .get("cadres")
            .get(0)
            .get("verdicts")
            .get(0)
            .get("facts");

    assertThat(fieldNames(facts))
        .containsExactly(
            "position", "positionName", "unit", "sinceDate", "tenureMonths", "thresholdMonths");
  }

  @Test
  void writesReasonsInEnglishOnRequest() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScreeningJson.write(report(), Locale.ENGLISH, out);

    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

    assertThat(json.get("cadres").get(0).get("verdicts").get(0).get("reason").asText())
        .startsWith("Has held the head post Chánh Văn phòng continuously for 9 years 3 months");
  }

  @Test
  void writesWarningsAndDataQualityWithMessages() throws Exception {
    RegistryFixture registry = new RegistryFixture();
    registry.add(aCadre("CB9").birthUnknown());
    ScreeningReport report =
        new RotationScreening().screen(registry.snapshot(), policy, date(2026, 1, 1));

    JsonNode json = new ObjectMapper().readTree(ScreeningJson.write(report));

    assertThat(json.get("warnings").get(0).get("code").asText()).isEqualTo("as-of-outside-policy");
    assertThat(json.get("warnings").get(0).get("message").asText()).contains("01/01/2026");
    JsonNode finding = json.get("dataQuality").get(0);
    assertThat(finding.get("cadre").asText()).isEqualTo("CB9");
    assertThat(finding.get("rule").asText()).isEqualTo("data-quality");
    assertThat(finding.get("code").asText()).isEqualTo("missing-birth-date");
    assertThat(finding.get("message").asText()).contains("thiếu ngày sinh");
    JsonNode cadre = json.get("cadres").get(0);
    assertThat(cadre.get("retirementMonth").isNull()).isTrue();
    assertThat(cadre.get("dataQuality").get(0).get("code").asText())
        .isEqualTo("missing-birth-date");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
