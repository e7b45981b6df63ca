package vn.luanchuyen.importexport;

import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.luanchuyen.shared.Table;
import vn.luanchuyen.shared.TableWriter;

/** The workbook writer the other modules are given: each table a sheet of an .xlsx file. */
@Component
class ExcelTables implements TableWriter {
  @Override
  public void write(List<Table> tables, OutputStream out) {
    TableWorkbook.write(tables, out);
  }
}
