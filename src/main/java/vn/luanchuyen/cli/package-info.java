/**
 * The command line (picocli): thin adapters that parse options, start the application core with the
 * chosen database and call the modules' APIs. No business logic lives here.
 */
package vn.luanchuyen.cli;
