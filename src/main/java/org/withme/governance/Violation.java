package org.withme.governance;

/** One breach of the deployment policy: the process, the element at fault, and what is wrong. */
public record Violation(String processId, String elementId, String message) {

  @Override
  public String toString() {
    return message;
  }
}
