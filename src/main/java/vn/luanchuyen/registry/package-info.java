/**
 * The registry read as a whole: one record of its tables ({@link
 * vn.luanchuyen.registry.RegistryContent}: code lists, units, seats, cadres, stays, planning
 * entries, assessments, discipline) and the one bean that reads it and tells whether it changed
 * ({@link vn.luanchuyen.registry.Registry}). Screening indexes it, reporting analyses it, the
 * exchange workbook reads and writes it, the command line and the benchmarks build it.
 */
package vn.luanchuyen.registry;
