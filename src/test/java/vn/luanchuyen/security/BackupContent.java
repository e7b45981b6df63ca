package vn.luanchuyen.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;

/**
 * What a backup holds apart from the audit trail and the signature: two backups with the same
 * content are the same data, whatever the trail recorded in between (a restore is audited).
 */
final class BackupContent {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BackupContent() {}

  static JsonNode withoutAudit(byte[] backup) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(backup);
    root.remove("signature");
    root.remove("signedBy");
    Iterator<JsonNode> tables = ((ArrayNode) root.get("tables")).elements();
    while (tables.hasNext()) {
      if (tables.next().get("name").asText().startsWith("audit_")) {
        tables.remove();
      }
    }
    return root;
  }
}
