/**
 * Reporting: read-only analyses of the registry for the Organisation Board — the quality of the
 * cadre corps as of a date and scope, with the cadres behind every number, and the founding plan's
 * progress year by year — as pages with charts, JSON, Excel and PDF. It reads the registry through
 * the other modules' APIs and never changes it.
 */
package vn.luanchuyen.reporting;
