package org.withme.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The documents WithMe publishes or sends (the framework review, the assessment summaries): Thymeleaf
 * templates written as well-formed XHTML, and the PDF rendered from the same HTML.
 */
public final class XhtmlDocuments {

  private XhtmlDocuments() {}

  /** A template engine over {@code templates/<folder>/<name>.html} on the class path. */
  public static TemplateEngine templates(String folder) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(XhtmlDocuments.class.getClassLoader());
    resolver.setPrefix("templates/" + folder + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML); // well-formed XHTML, as the PDF renderer needs
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine templates = new TemplateEngine();
    templates.setTemplateResolver(resolver);
    return templates;
  }

  /** The PDF of an XHTML document (SVG charts included). */
  public static byte[] pdf(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
