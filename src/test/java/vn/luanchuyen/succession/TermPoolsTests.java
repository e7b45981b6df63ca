package vn.luanchuyen.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class TermPoolsTests {

  static final Term TERM = Term.parse("2025-2030");
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Autowired TermPools pools;
  @Autowired CadreRegistry cadres;
  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired DemoUsers demoUsers;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  @BeforeEach
  void threeWards() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .ward("KH", "Kiến Hưng")
            // retires 12/2027, inside the 2025–2030 term
            .cadre("OLD", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1966, 3))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            // a woman of 39 on the day
            .cadre("YOUNG", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1984, 6, 2)))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            // a man of exactly 40 on the day
            .cadre("FORTY", "Lê Văn Nam")
            .born(PartialDate.ofDay(LocalDate.of(1984, 6, 1)))
            .and()
            .build());
  }

  @Test
  void aCadreWhoPassesEveryGateIsAddedAndCanBeRemovedAtTheVersionRead() {
    PoolEntry added = pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);

    assertThat(pools.pool(TERM, DAY)).extracting(r -> r.entry().id()).containsExactly(added.id());
    assertThatThrownBy(() -> pools.remove(added.id(), added.version() + 1))
        .isInstanceOf(ConcurrentEditException.class);
    pools.remove(added.id(), added.version());
    assertThat(pools.pool(TERM, DAY)).isEmpty();
    assertThatThrownBy(() -> pools.remove(added.id(), added.version()))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void planningACadreOrUnplanningThemIsAChangeOfTheCadreThatAnEarlierEditCannotOverwrite() {
    Cadre read = cadres.cadre("YOUNG").orElseThrow();

    PoolEntry added = pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);
    assertThat(cadres.cadre("YOUNG").orElseThrow().version()).isEqualTo(read.version() + 1);
    assertThatThrownBy(() -> cadres.updateCadre(read.withFullName("Trần Thị Hoà")))
        .isInstanceOf(ConcurrentEditException.class);

    pools.remove(added.id(), added.version());
    assertThat(cadres.cadre("YOUNG").orElseThrow().version()).isEqualTo(read.version() + 2);
    assertThat(cadres.cadre("YOUNG").orElseThrow().fullName()).isEqualTo("Trần Thị Hoa");
  }

  @Test
  void addingAndRemovingAnEntryAreKeptInTheAuditTrail() {
    PoolEntry added = pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);
    pools.remove(added.id(), added.version());

    assertThat(audit.historyOf("succession", String.valueOf(added.id())))
        .extracting(AuditEntry::action, AuditEntry::before, AuditEntry::after)
        .containsExactly(
            tuple("CREATE", null, "YOUNG CHU_TICH_UBND VP 2025-2030"),
            tuple("DELETE", "YOUNG CHU_TICH_UBND VP 2025-2030", null));
  }

  @Test
  void aCadreRetiringWithinTheFirstTermIsRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () -> pools.add(new SuccessionEntry("OLD", "CHU_TICH_UBND", "YN", TERM), DAY))
        .isInstanceOfSatisfying(
            SuccessionRefused.class,
            e ->
                assertThat(e.reasons())
                    .extracting(r -> r.code())
                    .containsExactly("remaining-time"));
    assertThat(pools.pool(TERM, DAY)).isEmpty();
  }

  @Test
  void theSameEntryTwiceIsRefused() {
    pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);

    assertThatThrownBy(
            () -> pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY))
        .isInstanceOfSatisfying(
            SuccessionRefused.class,
            e -> assertThat(e.reasons()).extracting(r -> r.code()).contains("already-planned"));
  }

  @Test
  void youngCountsUnderFortyOnTheDayAndWomenCountOncePerCadre() {
    pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);
    pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "KH", TERM), DAY);
    pools.add(new SuccessionEntry("FORTY", "CHU_TICH_UBND", "YN", TERM), DAY);

    TermPools.Structure structure = pools.structure(TERM, DAY);

    assertThat(structure.cadres()).isEqualTo(2);
    assertThat(structure.young()).isEqualTo(1);
    assertThat(structure.women()).isEqualTo(1);
    assertThat(structure.youngMet()).isTrue();
    assertThat(structure.womenMet()).isTrue();
  }

  @Test
  void structureTargetsAreMetAtExactlyTheirSharesAndMissedJustBelow() {
    assertThat(new TermPools.Structure(20, 3, 5, 0.15, 0.25, 40).youngMet()).isTrue();
    assertThat(new TermPools.Structure(20, 2, 5, 0.15, 0.25, 40).youngMet()).isFalse();
    assertThat(new TermPools.Structure(20, 3, 5, 0.15, 0.25, 40).womenMet()).isTrue();
    assertThat(new TermPools.Structure(20, 3, 4, 0.15, 0.25, 40).womenMet()).isFalse();
    assertThat(new TermPools.Structure(0, 0, 0, 0.15, 0.25, 40).womenMet()).isFalse();
  }

  @Test
  void benchStrengthListsSeatsWithoutSuccessorsAndHoldersRetiringInTheTerm() {
    pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);

    TermPools.BenchStrength bench = pools.benchStrength(TERM, DAY);

    assertThat(bench.withoutSuccessor())
        .extracting(s -> s.position().code())
        .containsExactly("KH-CT", "YN-CT");
    assertThat(bench.holderRetiresInTerm())
        .extracting(s -> s.position().code())
        .containsExactly("VP-CT");
    assertThat(bench.holderRetiresInTerm().get(0).successors()).containsExactly("YOUNG");
  }

  @Test
  void theAnnualReviewFlagsAnEntryThatNoLongerPasses() {
    jdbc.sql(
            "insert into succession_entry (cadre_code, role_key, unit_code, term_code, version)"
                + " values ('OLD', 'CHU_TICH_UBND', 'YN', '2025-2030', 0)")
        .update();

    List<TermPools.Row> rows = pools.pool(TERM, DAY);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).failing()).extracting(r -> r.code()).containsExactly("remaining-time");
  }

  @Test
  void thePageExplainsARefusalInVietnamese() throws Exception {
    mvc.perform(
            post("/succession/2025-2030/entries")
                .param("cadre", "OLD")
                .param("role", "CHU_TICH_UBND")
                .param("unit", "YN")
                .with(user("bantochuc").roles("ORGANISATION_BOARD"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "refused",
                    List.of(
                        "Tính từ đầu nhiệm kỳ (01/2025) đến tháng nghỉ hưu (12/2027) chỉ còn 35 tháng"
                            + " công tác, cần ít nhất 60 tháng (đủ một nhiệm kỳ).")));
  }

  @Test
  void thePageShowsThePoolStructureAndBenchStrength() throws Exception {
    pools.add(new SuccessionEntry("YOUNG", "CHU_TICH_UBND", "VP", TERM), DAY);

    mvc.perform(
            get("/succession")
                .param("term", "2025-2030")
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Quy hoạch cán bộ nhiệm kỳ 2025–2030")))
        .andExpect(content().string(containsString("Trần Thị Hoa")))
        .andExpect(content().string(containsString("Cán bộ trẻ (dưới 40 tuổi)")))
        .andExpect(content().string(containsString("Chức danh chưa có cán bộ quy hoạch kế cận")));
  }

  @Test
  void theApiAddsRefusesWithReasonsAndRemovesWithTheVersion() throws Exception {
    String created =
        mvc.perform(
                post("/api/v1/succession/2025-2030/entries")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"cadreCode\":\"YOUNG\",\"roleKey\":\"CHU_TICH_UBND\",\"unitCode\":\"VP\"}")
                    .with(httpBasic("bantochuc", "demo")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.version").value(0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    mvc.perform(
            post("/api/v1/succession/2025-2030/entries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"cadreCode\":\"OLD\",\"roleKey\":\"CHU_TICH_UBND\",\"unitCode\":\"YN\"}")
                .with(httpBasic("bantochuc", "demo")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.reasons[0].code").value("remaining-time"))
        .andExpect(jsonPath("$.detail", containsString("chỉ còn 35 tháng")));

    mvc.perform(get("/api/v1/succession/2025-2030/entries").with(httpBasic("xem", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].cadreName").value("Trần Thị Hoa"));
    mvc.perform(get("/api/v1/succession/2025-2030/structure").with(httpBasic("xem", "demo")))
        .andExpect(jsonPath("$.women").value(1));
    mvc.perform(get("/api/v1/succession/2025-2030/bench-strength").with(httpBasic("xem", "demo")))
        .andExpect(jsonPath("$.holderRetiresInTerm[0].position").value("VP-CT"));

    mvc.perform(
            delete("/api/v1/succession/entries/" + id)
                .param("version", "3")
                .with(httpBasic("bantochuc", "demo")))
        .andExpect(status().isConflict());
    mvc.perform(
            delete("/api/v1/succession/entries/" + id)
                .param("version", "0")
                .with(httpBasic("bantochuc", "demo")))
        .andExpect(status().isNoContent());
  }
}
