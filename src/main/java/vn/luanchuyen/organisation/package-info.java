/**
 * The organisation chart: units of every block and level as a tree that changes over time (valid
 * from/to, predecessor links for merges and splits), the seats (positions) in each unit, and the
 * code lists of levels, unit types and role keys. It knows nothing of who holds a seat.
 */
package vn.luanchuyen.organisation;
