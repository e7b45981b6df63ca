package vn.luanchuyen.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A document template in XHTML for printing to PDF, with a small, safe part of Thymeleaf: {@code
 * th:text}, {@code th:if} and {@code th:unless} naming one field ({@code ${issuer}}, or {@code
 * ${move.cadreName}} inside {@code th:each="move : ${moves}"}), and {@code th:block}. Nothing else
 * of Thymeleaf is accepted — no other attribute, no inlining, no expression beyond a field — so an
 * uploaded template can print the case's fields and nothing more.
 */
final class XhtmlTemplate {

  private static final String NAME = "[A-Za-z][A-Za-z0-9]*";
  private static final Pattern FIELD =
      Pattern.compile("\\$\\{\\s*(" + NAME + ")(?:\\.(" + NAME + "))?\\s*}");
  private static final Pattern EACH =
      Pattern.compile("\\s*(" + NAME + ")\\s*:\\s*\\$\\{\\s*(" + NAME + ")\\s*}\\s*");
  private static final Set<String> FIELD_ATTRIBUTES = Set.of("th:text", "th:if", "th:unless");

  private XhtmlTemplate() {}

  /**
   * The fields the template uses, as {@code name} or {@code list.field}.
   *
   * @throws IllegalArgumentException in Vietnamese, when the text is not well-formed XHTML or uses
   *     Thymeleaf beyond fields
   */
  static Set<String> fields(String xhtml) {
    if (xhtml.contains("[[") || xhtml.contains("[(")) {
      throw refused("không được dùng biểu thức nội dòng [[…]] hoặc [(…)]");
    }
    if (xhtml.contains("<!ENTITY") || xhtml.contains("<!--/*")) {
      throw refused("không được khai báo thực thể hoặc dùng khối chú thích của Thymeleaf");
    }
    Element root;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      root =
          builder
              .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException(
          "Tệp không phải là XHTML hợp lệ (thẻ phải đóng đủ, thuộc tính trong ngoặc kép): "
              + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Set<String> used = new LinkedHashSet<>();
    walk(root, new HashMap<>(), used);
    return used;
  }

  private static void walk(Element e, Map<String, String> loops, Set<String> used) {
    if (e.getTagName().startsWith("th:") && !e.getTagName().equals("th:block")) {
      throw refused("thẻ " + e.getTagName() + " không được phép");
    }
    Map<String, String> scope = loops;
    String each = e.getAttribute("th:each");
    if (!each.isEmpty()) {
      Matcher m = EACH.matcher(each);
      if (!m.matches()) {
        throw refused("th:each phải có dạng \"mục : ${danhSách}\", không phải \"" + each + "\"");
      }
      scope = new HashMap<>(loops);
      scope.put(m.group(1), m.group(2));
      used.add(m.group(2));
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      String value = attributes.item(i).getNodeValue();
      if (name.equals("th:each") || name.equals("xmlns:th")) {
        continue;
      }
      if (FIELD_ATTRIBUTES.contains(name)) {
        used.add(field(name, value, scope));
      } else if (name.startsWith("th:") || name.startsWith("data-th-")) {
        throw refused("thuộc tính " + name + " không được phép");
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        walk(child, scope, used);
      }
    }
  }

  private static String field(String attribute, String value, Map<String, String> loops) {
    Matcher m = FIELD.matcher(value.trim());
    if (!m.matches()) {
      throw refused(
          attribute + " chỉ được ghi một trường dạng ${tênTrường}, không phải \"" + value + "\"");
    }
    if (m.group(2) == null) {
      return m.group(1);
    }
    String list = loops.get(m.group(1));
    return (list == null ? m.group(1) : list) + "." + m.group(2);
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("Mẫu XHTML " + why);
  }

  /** The template filled in: each field's text, each list's items repeated. */
  static String render(String xhtml, Map<String, ?> values) {
    Context context = new Context();
    values.forEach(context::setVariable);
    return ENGINE.process(xhtml, context);
  }

  private static final SpringTemplateEngine ENGINE = engine();

  private static SpringTemplateEngine engine() {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCacheable(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
