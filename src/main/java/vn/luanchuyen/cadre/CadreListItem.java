package vn.luanchuyen.cadre;

import java.util.List;
import vn.luanchuyen.shared.PartialDate;

/** A row of the cadre list: who, and the seats held on the list's date. */
public record CadreListItem(
    String code, String fullName, Sex sex, PartialDate birthDate, List<HeldSeat> seats) {

  public CadreListItem {
    seats = List.copyOf(seats);
  }

  /** A seat held, with the unit it belongs to. */
  public record HeldSeat(String positionCode, String positionName, String unitCode) {}
}
