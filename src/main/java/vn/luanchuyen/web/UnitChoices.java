package vn.luanchuyen.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * The unit picker's options (layout :: unitPicker) as a tree: a group per block and level, the
 * blocks in their order and the levels from the top of the tree down; in a group each unit comes
 * after its parent, indented one step deeper, and units under the same parent come in Vietnamese
 * order. Called from the templates as {@code @unitChoices}.
 */
@Component("unitChoices")
public class UnitChoices {
  /** The indent of one step down the tree: non-breaking spaces, which an option keeps. */
  static final String INDENT = "\u00a0\u00a0\u00a0";

  private final OrganisationChart chart;

  UnitChoices(OrganisationChart chart) {
    this.chart = chart;
  }

  /** A group of options: the block (null for units of none) and the level's name. */
  public record Group(Block block, String levelName, List<Choice> choices) {}

  /** An option: the unit and how many steps it sits below the first unit of its group. */
  public record Choice(String code, String name, int depth) {
    /** The option's text: the name, indented by its depth. */
    public String label() {
      return INDENT.repeat(depth) + name;
    }
  }

  /** The units, grouped and ordered as the picker shows them. */
  public List<Group> groups(Collection<Unit> units) {
    if (units == null || units.isEmpty()) {
      return List.of();
    }
    List<CodeEntry> codes = chart.codes();
    Map<String, Unit> byCode = new HashMap<>();
    units.forEach(u -> byCode.put(u.code(), u));
    Map<String, Integer> levelDepth = new HashMap<>();
    for (Unit u : units) {
      levelDepth.merge(u.levelCode(), depthInTree(u, byCode), Math::min);
    }
    Comparator<Unit> byName = VietnameseOrder.by(Unit::name);
    Map<String, List<Unit>> grouped = new LinkedHashMap<>();
    units.stream()
        .sorted(
            Comparator.comparingInt(
                    (Unit u) -> u.block() == null ? Integer.MAX_VALUE : u.block().ordinal())
                .thenComparingInt(u -> levelDepth.getOrDefault(u.levelCode(), 0))
                .thenComparing(
                    u -> chart.codeName(codes, CodeKind.LEVEL, u.levelCode()),
                    VietnameseOrder.names())
                .thenComparing(byName))
        .forEach(u -> grouped.computeIfAbsent(key(u), k -> new ArrayList<>()).add(u));
    List<Group> groups = new ArrayList<>();
    for (List<Unit> members : grouped.values()) {
      Unit first = members.get(0);
      Map<String, List<Unit>> children = new HashMap<>();
      List<Unit> tops = new ArrayList<>();
      for (Unit u : members) {
        Unit parent = u.parentCode() == null ? null : byCode.get(u.parentCode());
        if (parent != null && key(parent).equals(key(u))) {
          children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(u);
        } else {
          tops.add(u);
        }
      }
      List<Choice> choices = new ArrayList<>();
      tops.forEach(u -> walk(u, 0, children, byName, choices));
      groups.add(
          new Group(
              first.block(), chart.codeName(codes, CodeKind.LEVEL, first.levelCode()), choices));
    }
    return groups;
  }

  private static void walk(
      Unit unit,
      int depth,
      Map<String, List<Unit>> children,
      Comparator<Unit> byName,
      List<Choice> out) {
    out.add(new Choice(unit.code(), unit.name(), depth));
    children.getOrDefault(unit.code(), List.of()).stream()
        .sorted(byName)
        .forEach(child -> walk(child, depth + 1, children, byName, out));
  }

  private static String key(Unit u) {
    return (u.block() == null ? "" : u.block().name()) + "/" + u.levelCode();
  }

  /** How many parents a unit has among the units given (a cycle in bad data stops the count). */
  private static int depthInTree(Unit unit, Map<String, Unit> byCode) {
    int depth = 0;
    Unit at = unit;
    while (at.parentCode() != null && byCode.containsKey(at.parentCode()) && depth < 64) {
      at = byCode.get(at.parentCode());
      depth++;
    }
    return depth;
  }
}
