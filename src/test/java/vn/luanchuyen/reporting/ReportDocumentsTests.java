package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that names addresses outside the document makes the renderer fetch none of them. */
class ReportDocumentsTests {
  @TempDir Path dir;

  final ReportDocuments documents = new ReportDocuments();
  final List<String> fetched = new CopyOnWriteArrayList<>();
  HttpServer server;
  String base;
  String png;

  @BeforeEach
  void aServerThatRecordsEveryRequestAndAnImage() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          fetched.add(exchange.getRequestURI().toString());
          byte[] body = exchange.getRequestURI().getPath().endsWith(".css") ? new byte[0] : image();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    png = Base64.getEncoder().encodeToString(image());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static byte[] image() {
    try {
      var picture =
          new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(picture, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long images(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      long count = 0;
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().isImageXObject(name)) {
            count++;
          }
        }
      }
      return count;
    }
  }

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body><p>Tờ trình</p>" + body + "</body></html>";
  }

  @Test
  void anImageInsideTheDocumentIsDrawn() throws IOException {
    byte[] pdf = documents.pdf(page("", "<img src=\"data:image/png;base64," + png + "\"/>"));

    assertThat(images(pdf)).as("the check below can see an image").isEqualTo(1);
  }

  @Test
  void noAddressNamedByATemplateIsFetched() throws IOException {
    byte[] pdf =
        documents.pdf(
            page(
                "<link rel=\"stylesheet\" href=\""
                    + base
                    + "/link.css\"/><style>@import url(\""
                    + base
                    + "/import.css\"); p { background-image: url(\""
                    + base
                    + "/background.png\") }</style>",
                "<img src=\"" + base + "/img.png\"/><img src=\"https://127.0.0.1:1/x.png\"/>"));

    assertThat(fetched).isEmpty();
    assertThat(images(pdf)).isZero();
  }

  @Test
  void noLocalFileIsRead() throws IOException {
    Path picture = dir.resolve("anh.png");
    Files.write(picture, image());
    Path css = dir.resolve("kieu.css");
    Files.writeString(css, "p { background-image: url(\"" + picture.toUri() + "\") }");

    byte[] pdf =
        documents.pdf(
            page(
                "<link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/>",
                "<img src=\"" + picture.toUri() + "\"/><img src=\"file:///etc/passwd\"/>"));

    assertThat(images(pdf)).isZero();
  }
}
