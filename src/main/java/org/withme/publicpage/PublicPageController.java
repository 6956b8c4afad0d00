package org.withme.publicpage;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.withme.notification.BaseUrl;

/**
 * The council's public page, for anyone without signing in: programmes under way, "you said, we
 * did" per closed stage, the signed framework reviews and the charter's signatories; each
 * programme's own page; and the Atom feed of "you said, we did". Read-only (GET only), no session,
 * no cookie; WithMe's security headers apply as to its other endpoints. Server-rendered with the
 * GOV.UK Frontend styles (webjar), no JavaScript.
 */
@RestController
public class PublicPageController {

  static final String PAGE = "/withme/public";
  static final String PROGRAMMES = PAGE + "/programmes/";
  static final String FEED = PAGE + "/feed.atom";
  /** The GOV.UK Frontend styles, from the webjar org.webjars.npm:govuk-frontend (keep the version with pom.xml). */
  static final String GOVUK_FRONTEND = "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
  static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

  private final PublicPage page;
  private final BaseUrl baseUrl;
  private final TemplateEngine templates;

  public PublicPageController(PublicPage page, BaseUrl baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PublicPageController.class.getClassLoader());
    resolver.setPrefix("templates/publicpage/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    templates = new TemplateEngine();
    templates.setTemplateResolver(resolver);
  }

  @GetMapping({PAGE, PAGE + "/"})
  public ResponseEntity<String> index() {
    NameRedaction redaction = page.redaction();
    Map<String, Object> model = model();
    model.put("programmes", page.underWay(redaction));
    model.put("latest", page.latest(page.properties().latestItems(), redaction));
    model.put("reviews", page.reviews());
    model.put("signatories", page.signatories());
    return html(HttpStatus.OK, "index", model);
  }

  @GetMapping(PROGRAMMES + "{reference}")
  public ResponseEntity<String> programme(@PathVariable String reference) {
    Optional<PublicPage.ProgrammeView> programme = page.programme(reference, page.redaction());
    Map<String, Object> model = model();
    if (programme.isEmpty()) {
      return html(HttpStatus.NOT_FOUND, "not-found", model);
    }
    model.put("programme", programme.get());
    return html(HttpStatus.OK, "programme", model);
  }

  @GetMapping(FEED)
  public ResponseEntity<String> feed() {
    String xml = AtomFeed.of(page.properties().councilName(), baseUrl.get(),
        page.latest(page.properties().feedItems(), page.redaction()));
    return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(xml);
  }

  private Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("council", page.properties().councilName());
    model.put("threshold", page.properties().smallCountThreshold());
    model.put("page", PAGE);
    model.put("programmesPath", PROGRAMMES);
    model.put("feed", FEED);
    model.put("govukCss", GOVUK_FRONTEND);
    return model;
  }

  private ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> model) {
    String body = templates.process(template, new Context(Locale.UK, model));
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache()).body(body);
  }
}
