package vn.luanchuyen.organisation;

/**
 * A seat (chức danh) in a unit.
 *
 * @param roleKey the role shared by equivalent seats, e.g. {@code BI_THU}, {@code TRUONG_PHONG}
 * @param version the optimistic-locking version; 0 for a seat not yet stored
 */
public record Position(
    String code, String unitCode, String name, PositionRank rank, String roleKey, long version) {}
