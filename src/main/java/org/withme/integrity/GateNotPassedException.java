package org.withme.integrity;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A token reached a stage or the award without WithMe's records showing that the gate before it
 * passed. The whole step rolls back (REST answers 400 with the message); in a job it becomes an
 * incident with the message.
 */
public class GateNotPassedException extends BadUserRequestException {

  public GateNotPassedException(String message) {
    super(message);
  }
}
