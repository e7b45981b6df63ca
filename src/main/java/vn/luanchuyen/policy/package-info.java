/**
 * Policies as versioned data: the rules a rotation is screened and planned under (tenure limits,
 * remaining working time, retirement ages of the Labour Code 2019, targets, forms of move, the
 * planning (quy hoạch) rules and age gates), bound from YAML with Jackson (unknown keys refused,
 * every value checked in the records' constructors), the shipped ones, the one in force ({@code
 * luanchuyen.policy.current}) and files given on the command line. It holds the rules' settings and
 * the retirement schedule, not their application: screening, planning, succession and reporting
 * apply them. It reads no database and no clock.
 */
package vn.luanchuyen.policy;
