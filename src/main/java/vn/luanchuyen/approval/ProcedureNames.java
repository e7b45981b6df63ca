package vn.luanchuyen.approval;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.shared.DisplayNames;

/** A shipped procedure's id ({@code procedure} in a record) named by its name. */
@Component
class ProcedureNames implements DisplayNames {

  @Override
  public Optional<String> nameOf(String field, String value) {
    if (!"procedure".equals(field)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProcedureLoader.shipped(value).name());
    } catch (IllegalArgumentException notShipped) {
      return Optional.empty();
    }
  }
}
