package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealedRowsTests {

  private static final SealedRows.Table ASSESSMENT =
      SealedRows.TABLES.stream()
          .filter(t -> t.name().equals("cadre_assessment"))
          .findFirst()
          .orElseThrow();

  /** The digest as its contract states it, with the JDK's own UTF-8 encoder. */
  private static String byTheContract(List<String> lines) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String line : lines.stream().sorted().toList()) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      sha.update(
          new byte[] {
            (byte) (bytes.length >>> 24),
            (byte) (bytes.length >>> 16),
            (byte) (bytes.length >>> 8),
            (byte) bytes.length
          });
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void aCadresRowsDigestIsTheSha256OfTheirSortedUtf8TextsWhateverTheirScript() throws Exception {
    List<String> lines =
        List.of(
            "cadre\u001ecode=CB1\u001ffull_name=Nguyễn Thị Hằng\u001f",
            "cadre_assignment\u001eposition_code=VP-CT\u001fdecision_number=Số 12/QĐ-UBND\u001f",
            "cadre\u001eawards=Huân chương 🏅 hạng Ba\u001f",
            "x".repeat(5000));

    assertThat(SealedRows.digest(lines)).isEqualTo(byTheContract(lines));
  }

  @Test
  void theOrderInWhichTheDatabaseGivesBackTheRowsDoesNotChangeTheDigest() {
    assertThat(SealedRows.digest(List.of("a", "b", "c")))
        .isEqualTo(SealedRows.digest(List.of("c", "a", "b")))
        .isNotEqualTo(SealedRows.digest(List.of("a", "bc")));
  }

  @Test
  void aRowAsWrittenReadsAsTheDatabaseGivesItBackAsText() {
    String written =
        SealedRows.line(ASSESSMENT).written("CB1").written(2021).written("HTT").written(0).text();
    String stored =
        SealedRows.line(ASSESSMENT).stored("CB1").stored("2021").stored("HTT").stored("0").text();

    assertThat(written)
        .isEqualTo(stored)
        .isEqualTo(
            "cadre_assessment\u001ecadre_code=CB1\u001fassessed_year=2021\u001fgrade=HTT\u001fversion=0\u001f");
  }

  @Test
  void aDateOutsideTheYearsBothDatabasesWriteAlikeIsReadBackInstead() {
    SealedRows.Table discipline =
        SealedRows.TABLES.stream()
            .filter(t -> t.name().equals("cadre_discipline"))
            .findFirst()
            .orElseThrow();

    assertThat(
            SealedRows.line(discipline)
                .written("CB1")
                .written("KHIEN_TRACH")
                .written(LocalDate.of(2021, 3, 1))
                .written(null)
                .written(null)
                .written(0)
                .text())
        .contains("decided_on=2021-03-01", "effective_until=null");
    assertThat(
            SealedRows.line(discipline)
                .written("CB1")
                .written("KHIEN_TRACH")
                .written(LocalDate.of(10_000, 1, 1))
                .written(null)
                .written(null)
                .written(0)
                .text())
        .isNull();
  }

  @Test
  void aRowWithAColumnMissingIsAMistakeNotASeal() {
    assertThatThrownBy(() -> SealedRows.line(ASSESSMENT).written("CB1").text())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCadresRowsWrittenIntoOneBufferDigestAsTheirTextsDo() {
    SealedRows.Table cadre =
        SealedRows.TABLES.stream().filter(t -> t.name().equals("cadre")).findFirst().orElseThrow();
    java.util.Random random = new java.util.Random(7);
    SealedRows.Lines lines = new SealedRows.Lines();
    for (int round = 0; round < 50; round++) {
      lines.clear();
      List<String> texts = new java.util.ArrayList<>();
      int rows = random.nextInt(80);
      for (int r = 0; r < rows; r++) {
        boolean person = random.nextInt(10) == 0;
        SealedRows.Table table = person ? cadre : ASSESSMENT;
        SealedRows.Line alone = SealedRows.line(table);
        SealedRows.Line asText = SealedRows.line(table);
        SealedRows.Line added = lines.add(table);
        for (int c = 0; c < table.columns().size(); c++) {
          Object value =
              switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> random.nextInt();
                case 2 -> LocalDate.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 28);
                // a prefix of another value, so that one text is a prefix of the next
                case 3 -> "CB1";
                case 4 -> "CB1" + "Ằ🏅\uFFFF".charAt(random.nextInt(4));
                default -> "Hằng " + random.nextInt(3);
              };
          alone.written(value);
          asText.stored(value == null ? null : value.toString());
          added.written(value);
        }
        texts.add(alone.text());
        assertThat(alone.text()).isEqualTo(asText.text());
      }

      assertThat(lines.digest()).isEqualTo(SealedRows.digest(texts));
    }
  }

  @Test
  void aCadreWithOneRowNoDatabaseWritesAlikeHasNoDigestFromItsBuffer() {
    SealedRows.Lines lines = new SealedRows.Lines();
    lines.add(ASSESSMENT).written("CB1").written(2021).written("HTT").written(0);
    SealedRows.Table discipline =
        SealedRows.TABLES.stream()
            .filter(t -> t.name().equals("cadre_discipline"))
            .findFirst()
            .orElseThrow();
    lines
        .add(discipline)
        .written("CB1")
        .written("KHIEN_TRACH")
        .written(LocalDate.of(0, 1, 1))
        .written(null)
        .written(null)
        .written(0);

    assertThat(lines.digest()).isNull();
    lines.clear();
    lines.add(ASSESSMENT).written("CB1").written(2021).written("HTT").written(0);
    assertThat(lines.digest())
        .isEqualTo(
            SealedRows.digest(
                List.of(
                    SealedRows.line(ASSESSMENT)
                        .stored("CB1")
                        .stored("2021")
                        .stored("HTT")
                        .stored("0")
                        .text())));
  }
}
