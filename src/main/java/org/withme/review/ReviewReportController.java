package org.withme.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a published framework review, for anyone signed in to WithMe: the Tasklist's
 * session (the link in the final task) or HTTP Basic credentials.
 */
@RestController
public class ReviewReportController {

  private final ReviewRecords records;
  private final IdentityService identity;

  public ReviewReportController(ReviewRecords records, IdentityService identity) {
    this.records = records;
    this.identity = identity;
  }

  @GetMapping("/withme/reviews/{year}/report.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable int year, HttpServletRequest request) {
    if (!signedIn(request)) {
      return unauthorized();
    }
    return records.report(year)
        .map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"framework-review-" + year + ".pdf\"")
            .body(Base64.getDecoder().decode(r[1])))
        .orElse(ResponseEntity.notFound().build());
  }

  @GetMapping("/withme/reviews/{year}/report.html")
  public ResponseEntity<byte[]> html(@PathVariable int year, HttpServletRequest request) {
    if (!signedIn(request)) {
      return unauthorized();
    }
    return records.report(year)
        .map(r -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .body(r[0].getBytes(StandardCharsets.UTF_8)))
        .orElse(ResponseEntity.notFound().build());
  }

  boolean signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
      if (auths != null && !auths.getAuthentications().isEmpty()) {
        return true;
      }
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.startsWith("Basic ")) {
      String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
      return credentials.length == 2 && identity.checkPassword(credentials[0], credentials[1]);
    }
    return false;
  }

  private static <T> ResponseEntity<T> unauthorized() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"WithMe\"").build();
  }
}
