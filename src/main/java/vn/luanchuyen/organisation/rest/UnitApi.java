package vn.luanchuyen.organisation.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.SearchText;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đơn vị và chức danh", description = "Units and positions")
class UnitApi {
  private final OrganisationChart chart;

  UnitApi(OrganisationChart chart) {
    this.chart = chart;
  }

  @GetMapping("/units")
  @Operation(
      summary =
          "Các đơn vị; với asOf, chỉ những đơn vị tồn tại tại ngày đó; với q, chỉ những đơn vị có"
              + " tên hoặc mã chứa mọi từ của q, có dấu hay không dấu (q=dong mai)")
  List<Unit> units(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String q) {
    return chart.units().stream()
        .filter(u -> asOf == null || u.existsOn(asOf))
        .filter(u -> SearchText.matches(q, u.name() + " " + u.code()))
        .toList();
  }

  @GetMapping("/units/{code}")
  Unit unit(@PathVariable String code) {
    return chart.unit(code).orElseThrow(() -> new NotFoundException("unit", code));
  }

  @PutMapping("/units/{code}")
  @Operation(
      summary = "Sửa một đơn vị",
      description =
          "Gửi kèm version đã đọc; nếu người khác đã sửa trước, trả về 409 (khóa lạc quan).")
  Unit update(@PathVariable String code, @RequestBody Unit unit) {
    if (!code.equals(unit.code())) {
      throw new IllegalArgumentException("mã đơn vị trong đường dẫn và trong nội dung khác nhau");
    }
    return chart.updateUnit(unit);
  }

  @GetMapping("/units/{code}/positions")
  List<Position> positionsOf(@PathVariable String code) {
    unit(code);
    return chart.positionsOf(code);
  }

  @GetMapping("/positions")
  List<Position> positions() {
    return chart.positions();
  }

  @GetMapping("/positions/{code}")
  Position position(@PathVariable String code) {
    return chart.position(code).orElseThrow(() -> new NotFoundException("position", code));
  }

  @GetMapping("/codes")
  @Operation(summary = "Danh mục cấp, loại đơn vị và nhóm chức danh")
  List<CodeEntry> codes() {
    return chart.codes();
  }
}
