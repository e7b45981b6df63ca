package vn.luanchuyen.shared;

import java.util.Optional;

/**
 * Names a module's identifiers for people: a policy's id as its title, a procedure's id as its
 * name. A page that shows values written by other modules (the audit trail's before and after) asks
 * every module's names, so it never shows an id where a name exists.
 */
public interface DisplayNames {

  /** The name of a field's value, when this module owns such values; empty otherwise. */
  Optional<String> nameOf(String field, String value);
}
