package org.withme.publicpage;

/**
 * Small-number suppression for the public page: a count of young people under the threshold is
 * shown as "fewer than N", so nobody can work out which child took part. Zero stays zero (it
 * identifies nobody). Only one count is shown per stage and no breakdown of it (no age bands or
 * groups), so a suppressed count cannot be worked back from the others.
 */
public final class SmallCounts {

  private SmallCounts() {}

  /** Whether this count must not be shown as a number. */
  public static boolean suppressed(int count, int threshold) {
    return count > 0 && count < threshold;
  }

  /** The count of young people in words, e.g. "12 young people", "fewer than 5 young people", "1 young person". */
  public static String youngPeople(int count, int threshold) {
    if (suppressed(count, threshold)) {
      return "fewer than " + threshold + " young people";
    }
    return count == 1 ? "1 young person" : count + " young people";
  }
}
