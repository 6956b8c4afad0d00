package org.withme.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator outside the demo: {@code WITHME_ADMIN_ID} and {@code WITHME_ADMIN_PASSWORD}. */
@ConfigurationProperties("withme.admin")
public record AdminProperties(String id, String password) {

  @Override
  public String toString() {
    return "AdminProperties[id=" + id + ", password=****]";
  }
}
