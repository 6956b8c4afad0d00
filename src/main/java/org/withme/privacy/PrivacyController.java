package org.withme.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure on request and a retention run on demand, for the council's administrators only
 * (members of camunda-admin), over HTTP Basic — never a browser session, so another site cannot
 * make a signed-in administrator's browser ask for an erasure.
 */
@RestController
public class PrivacyController {

  /** An erasure request: whose data, and why (for example "request of 2 December 2026, ref DP-114"). */
  public record ErasureRequest(String userId, String reason) {}

  private final Erasure erasure;
  private final RetentionCleanUp cleanUp;
  private final IdentityService identity;

  public PrivacyController(Erasure erasure, RetentionCleanUp cleanUp, IdentityService identity) {
    this.erasure = erasure;
    this.cleanUp = cleanUp;
    this.identity = identity;
  }

  @PostMapping("/withme/privacy/erasures")
  public ResponseEntity<Map<String, Object>> erase(@RequestBody(required = false) ErasureRequest body, HttpServletRequest request) {
    Optional<String> admin = administrator(request);
    if (admin.isEmpty()) {
      return refused(request);
    }
    if (body == null || body.userId() == null || body.userId().isBlank()) {
      return bad("Say whose data to erase: the person's WithMe user id (userId).");
    }
    if (body.reason() == null || body.reason().isBlank()) {
      return bad("Say why the data is erased (reason), for example the date and reference of the person's request.");
    }
    if (body.userId().equals(admin.get())) {
      return bad("An administrator cannot erase their own account; ask another administrator.");
    }
    Erasure.Report report = erasure.erase(body.userId(), admin.get(), body.reason(), ClockUtil.getCurrentTime().toInstant());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pseudonym", report.pseudonym());
    out.put("rowsChanged", report.rowsChanged());
    out.put("rowsKept", report.rowsKept());
    out.put("keptNote", report.keptNote());
    return ResponseEntity.ok(out);
  }

  @PostMapping("/withme/privacy/retention-runs")
  public ResponseEntity<Map<String, Object>> retention(HttpServletRequest request) {
    if (administrator(request).isEmpty()) {
      return refused(request);
    }
    return ResponseEntity.ok(new LinkedHashMap<>(cleanUp.run(ClockUtil.getCurrentTime().toInstant())));
  }

  private Optional<String> administrator(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith("Basic ")) {
      return Optional.empty();
    }
    String[] credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (credentials.length != 2 || !identity.checkPassword(credentials[0], credentials[1])) {
      return Optional.empty();
    }
    request.setAttribute(SIGNED_IN, credentials[0]);
    boolean admin = identity.createGroupQuery().groupMember(credentials[0]).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    return admin ? Optional.of(credentials[0]) : Optional.empty();
  }

  private static final String SIGNED_IN = PrivacyController.class.getName() + ".user";

  private static ResponseEntity<Map<String, Object>> refused(HttpServletRequest request) {
    if (request.getAttribute(SIGNED_IN) != null) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Only an administrator may do this."));
    }
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"WithMe\"")
        .body(Map.of("message", "Sign in as an administrator (HTTP Basic)."));
  }

  private static ResponseEntity<Map<String, Object>> bad(String message) {
    return ResponseEntity.badRequest().body(Map.of("message", message));
  }
}
