/**
 * Rotation screening: who must move, who may, and why, under a policy of the {@code policy} module
 * (versioned data; its retirement schedule gives the months). It computes tenure runs in a seat,
 * remaining working time, the founding plan's rules and targets, and explains every verdict with a
 * reason rendered in Vietnamese. It works on an in-memory snapshot of the registry as of a given
 * date and never reads the clock, a database or Spring beans; it does not propose destinations
 * (that is planning) nor run the approval procedure.
 */
package vn.luanchuyen.screening;
