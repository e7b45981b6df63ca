package vn.luanchuyen.importexport;

import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The workbook's shared strings, read once with SAX, where no string keeps more than {@link
 * #MAX_TEXT_LENGTH} + 1 characters: a longer one is cut, so that the reader sees it is too long
 * without holding it whole.
 */
final class CappedSharedStrings extends ReadOnlySharedStringsTable {

  /** The longest text a cell may hold. */
  static final int MAX_TEXT_LENGTH = 2000;

  private int kept;
  private boolean inText;
  private boolean inPhonetic;
  private String[] cache;

  CappedSharedStrings(OPCPackage pkg) throws IOException, SAXException {
    super(pkg, false);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    switch (localName) {
      case "si" -> kept = 0;
      case "t" -> inText = true;
      case "rPh" -> inPhonetic = true;
      default -> {}
    }
    super.startElement(uri, localName, qName, attributes);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      default -> {}
    }
    super.endElement(uri, localName, qName);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!inText || inPhonetic) {
      super.characters(ch, start, length);
      return;
    }
    int room = MAX_TEXT_LENGTH + 1 - kept;
    int passed = Math.max(0, Math.min(room, length));
    kept += passed;
    if (passed > 0) {
      super.characters(ch, start, passed);
    }
  }

  /** The string at {@code index}, or null if there is none. */
  String get(int index) {
    if (cache == null) {
      cache = new String[Math.max(16, getUniqueCount())];
    }
    if (index < 0) {
      return null;
    }
    if (index >= cache.length) {
      cache = Arrays.copyOf(cache, Math.max(index + 1, cache.length * 2));
    }
    String s = cache[index];
    if (s == null) {
      try {
        s = getItemAt(index).getString();
      } catch (IndexOutOfBoundsException e) {
        return null;
      }
      cache[index] = s;
    }
    return s;
  }
}
