package vn.luanchuyen.shared;

import java.io.OutputStream;
import java.util.List;

/** Writes tables as one workbook (Excel, by the exchange module) to a stream left open. */
public interface TableWriter {
  void write(List<Table> tables, OutputStream out);
}
