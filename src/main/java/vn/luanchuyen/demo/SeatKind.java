package vn.luanchuyen.demo;

/** Who may plausibly hold a seat: anyone, women only, veterans only, or young people only. */
enum SeatKind {
  GENERAL,
  WOMEN,
  VETERANS,
  YOUTH
}
