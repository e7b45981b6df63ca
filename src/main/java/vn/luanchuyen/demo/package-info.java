/**
 * A deterministic demo registry: Hà Đông district as it stood on 30/06/2022 (units, seats, cadres
 * with 10 to 25 years of assignment history, planning, assessments and discipline), grown by
 * simulated districts of the same shape when more cadres are asked for. It is plain Java that
 * returns a {@link vn.luanchuyen.registry.RegistryContent}; writing the workbook and the command
 * line belong elsewhere. It is not a source of truth about real people: every name is invented.
 */
package vn.luanchuyen.demo;
