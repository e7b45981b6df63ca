package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The history rows of a workbook reach the database in parts, as the reader hands them over: a
 * stored cadre's rows are replaced even when the cadre is not on the workbook's cadre sheet and its
 * first row comes in a later part, and a part read after a problem stops the import.
 */
@Tag("database")
@SpringBootTest
class HistoryInPartsIntegrationTests {

  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  private static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 1);

  @BeforeEach
  void twoCadresStored() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .holding("YN-CT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .build());
  }

  /** A workbook naming CB1 alone on its cadre sheet, with a new row for CB1 and one for CB2. */
  private static RegistryContent workbook() {
    RegistryContent cb1 =
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2018, 5, 1))
            .and()
            .build();
    List<Assignment> rows = new ArrayList<>(cb1.assignments());
    rows.add(new Assignment(null, "CB2", "YN-CT", JAN_2021, null, null, "QĐ 7", 0));
    return new RegistryContent(
        cb1.codes(),
        cb1.units(),
        cb1.positions(),
        cb1.cadres(),
        rows,
        cb1.planning(),
        cb1.assessments(),
        cb1.disciplines());
  }

  /** The workbook handed over as a reader would: each assignment row in a part of its own. */
  private static ArrivingRecords arrivingInParts(RegistryContent workbook, boolean secondClean) {
    ArrivingRecords arriving = new ArrivingRecords();
    arriving.read(RecordKind.UNIT, workbook, true);
    arriving.read(RecordKind.POSITION, workbook, true);
    arriving.read(RecordKind.CADRE, workbook, true);
    arriving.rowsRead(RecordKind.ASSIGNMENT, List.of(workbook.assignments().get(0)), true);
    arriving.rowsRead(RecordKind.ASSIGNMENT, List.of(workbook.assignments().get(1)), secondClean);
    arriving.read(RecordKind.ASSIGNMENT, workbook, secondClean);
    arriving.readDone(
        new WorkbookRead(
            workbook,
            SourceRows.none(),
            secondClean
                ? List.of()
                : List.of(
                    ImportProblem.of(
                        "QuaTrinhCongTac", 3, null, ImportProblem.reason("sheet-damaged")))));
    return arriving;
  }

  private List<String> assignments() {
    return jdbc.sql(
            "select cadre_code, position_code, start_date from cadre_assignment"
                + " order by cadre_code, start_date")
        .query((rs, n) -> rs.getString(1) + "@" + rs.getString(2) + ":" + rs.getDate(3))
        .list();
  }

  @Test
  void aStoredCadreOffTheCadreSheetWhoseRowComesInALaterPartHasItsOldRowsReplaced() {
    RegistryContent workbook = workbook();
    ArrivingRecords arriving = arrivingInParts(workbook, true);

    transaction.executeWithoutResult(s -> store.store(arriving, store.load()));

    assertThat(assignments()).containsExactly("CB1@VP-CT:2018-05-01", "CB2@YN-CT:2021-01-01");
  }

  @Test
  void aPartReadAfterAProblemStopsTheImportAndNothingIsWritten() {
    List<String> before = assignments();
    ArrivingRecords arriving = arrivingInParts(workbook(), false);

    assertThatThrownBy(
            () -> transaction.executeWithoutResult(s -> store.store(arriving, store.load())))
        .isInstanceOf(ArrivingRecords.Abandoned.class);

    assertThat(assignments()).isEqualTo(before).hasSize(2);
  }
}
