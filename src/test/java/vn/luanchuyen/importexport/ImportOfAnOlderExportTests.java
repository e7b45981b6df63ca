package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A workbook exported, a cadre then edited through the API, and the old workbook imported again:
 * the edit is not lost silently.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportOfAnOlderExportTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired CadreRegistry cadres;
  @Autowired AuditTrail trail;
  @Autowired ObjectMapper json;

  /** The valid test workbook, CB1 named "Nguyễn Văn An" on CanBo row 2, imported; then exported. */
  private byte[] export;

  @BeforeEach
  void importedAndExported() throws Exception {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    importThroughTheApi(TestWorkbook.valid().bytes(), false).andExpect(status().isOk());
    MvcResult started =
        mvc.perform(get("/api/v1/workbook/export").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andReturn();
    export =
        mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
  }

  private ResultActions importThroughTheApi(byte[] workbook, boolean overwriteNewer)
      throws Exception {
    return mvc.perform(
        multipart("/api/v1/workbook/import")
            .file(new MockMultipartFile("file", "so.xlsx", null, workbook))
            .param("overwriteNewer", String.valueOf(overwriteNewer))
            .with(httpBasic("bantochuc", DemoUsers.PASSWORD)));
  }

  private void renameThroughTheApi(String code, String name) throws Exception {
    String read =
        mvc.perform(get("/api/v1/cadres/" + code).with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Cadre cadre = json.readValue(read, Cadre.class);
    mvc.perform(
            put("/api/v1/cadres/" + code)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(cadre.withFullName(name)))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk());
  }

  private String nameOf(String code) {
    return cadres.cadre(code).orElseThrow().fullName();
  }

  @Test
  void theExportCarriesEachCadresVersion() {
    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(export));

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres()).extracting(Cadre::code).containsExactly("CB1", "CB2");
    assertThat(read.versions().of(RecordKind.CADRE, 0)).isZero();
    assertThat(read.versions().of(RecordKind.UNIT, 0)).isZero();
    assertThat(read.versions().of(RecordKind.POSITION, 1)).isZero();
  }

  @Test
  void anOlderExportIsRefusedAtTheRowOfTheCadreEditedSince() throws Exception {
    renameThroughTheApi("CB1", "Nguyễn Văn An Khang");

    importThroughTheApi(export, false)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problemCount").value(1))
        .andExpect(jsonPath("$.problems[0].sheet").value("CanBo"))
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].column").value("Phiên bản"))
        .andExpect(jsonPath("$.problems[0].code").value("newer-edit"));

    assertThat(nameOf("CB1")).isEqualTo("Nguyễn Văn An Khang");
  }

  @Test
  void withOverwriteTheOlderExportIsImportedAndTheOverwriteIsAudited() throws Exception {
    renameThroughTheApi("CB1", "Nguyễn Văn An Khang");

    importThroughTheApi(export, true).andExpect(status().isOk());

    assertThat(nameOf("CB1")).isEqualTo("Nguyễn Văn An");
    List<AuditEntry> overwrites = trail.historyOf("registry", "import-overwrite");
    assertThat(overwrites).hasSize(1);
    assertThat(overwrites.get(0).action()).isEqualTo("IMPORT_OVERWRITE");
    assertThat(overwrites.get(0).actor()).isEqualTo("bantochuc");
    assertThat(overwrites.get(0).after())
        .isEqualTo("workbook=upload; 1 overwritten: cadre CB1 (stored=1, workbook=0)");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theImportFormsCheckboxLetsTheOlderExportOverwrite() throws Exception {
    renameThroughTheApi("CB1", "Nguyễn Văn An Khang");

    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, export))
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(content().string(containsString("Cán bộ CB1 đã được sửa sau khi xuất sổ")));
    assertThat(nameOf("CB1")).isEqualTo("Nguyễn Văn An Khang");

    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, export))
                .param("overwriteNewer", "true")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(content().string(containsString("Đã nhập thành công")));
    assertThat(nameOf("CB1")).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void aWorkbookWithoutTheVersionColumnImportsAsBefore() throws Exception {
    renameThroughTheApi("CB1", "Nguyễn Văn An Khang");

    importThroughTheApi(TestWorkbook.valid().bytes(), false).andExpect(status().isOk());

    assertThat(nameOf("CB1")).isEqualTo("Nguyễn Văn An");
    assertThat(trail.historyOf("registry", "import-overwrite")).isEmpty();
  }

  @Test
  void importingAnUneditedExportChangesNothingAndItsExportStaysCurrent() throws Exception {
    long entries = trail.head().seq();

    importThroughTheApi(export, false).andExpect(status().isOk());
    importThroughTheApi(export, false).andExpect(status().isOk());

    assertThat(cadres.cadre("CB1").orElseThrow().version()).isZero();
    assertThat(trail.historyOf("cadre", "CB1")).hasSize(1);
    assertThat(trail.historyOf("registry", "import-cadres"))
        .extracting(AuditEntry::after)
        .endsWith("workbook=upload; created=0, changed=0, unchanged=2");
    assertThat(trail.head().seq()).isGreaterThan(entries);
  }

  @Test
  void aVersionThatIsNoWholeNumberIsAProblemOfItsCell() {
    byte[] workbook =
        TestWorkbook.valid()
            .withColumn("CanBo", "Phiên bản")
            .set("CanBo", 2, "Phiên bản", "ba")
            .set("CanBo", 3, "Phiên bản", 2)
            .bytes();

    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(workbook));

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.sheet()).isEqualTo("CanBo");
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("Phiên bản");
              assertThat(p.message()).contains("\"ba\"", "số phiên bản");
            });
    assertThat(read.versions().of(RecordKind.CADRE, 1)).isEqualTo(2);
  }
}
