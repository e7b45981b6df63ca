package vn.luanchuyen.succession.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.SuccessionPools;

@RestController
@RequestMapping("/api/v1/planning")
@Tag(name = "Quy hoạch", description = "Succession planning entries")
class PlanningApi {
  private final SuccessionPools pools;

  PlanningApi(SuccessionPools pools) {
    this.pools = pools;
  }

  @GetMapping
  List<SuccessionEntry> entries(@RequestParam(required = false) String cadre) {
    return cadre == null ? pools.entries() : pools.entriesOf(cadre);
  }
}
