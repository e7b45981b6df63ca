package vn.luanchuyen.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit (đơn vị): a Party committee, a People's Committee, a department, a ward, a board, the
 * Front, a mass organisation or a public service unit.
 *
 * @param levelCode the level (cấp), e.g. {@code QUAN}, {@code PHUONG}, {@code TINH}, {@code XA}
 * @param typeCode the unit type (loại), e.g. {@code PHONG_CHUYEN_MON}
 * @param parentCode the parent unit, or null for a root
 * @param localityCode the locality (địa bàn) the unit serves, or null if none
 * @param validFrom the first day the unit exists, or null if it always existed
 * @param validTo the last day the unit exists, or null while it exists
 * @param predecessorCodes the units this one was formed from by a merge or split
 * @param version the optimistic-locking version; 0 for a unit not yet stored
 */
public record Unit(
    String code,
    String name,
    String levelCode,
    String typeCode,
    Block block,
    String parentCode,
    String localityCode,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> predecessorCodes,
    long version) {

  public Unit {
    predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
  }

  /** Whether the unit exists on the given day. */
  public boolean existsOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || !day.isAfter(validTo));
  }
}
