/**
 * The exchange workbook (.xlsx) in and out: a streaming reader that collects every problem with its
 * sheet, row and column, the cross-record checks, the writer, the blank template, and the
 * all-or-nothing import into the registry. Apache POI never leaves this module.
 */
package vn.luanchuyen.importexport;
