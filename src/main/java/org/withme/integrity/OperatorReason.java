package org.withme.integrity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The reason a process operator gives for a repair that has no annotation of its own in the engine
 * (variable writes, migration, restart, messages, timers): the {@value #HEADER} header on a REST
 * call, or {@link #during} for Java callers. A modification's {@code annotation} counts as its reason.
 */
public final class OperatorReason {

  public static final String HEADER = "X-Operator-Reason";
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private OperatorReason() {}

  /** Runs work with a reason for the operator acts in it. */
  public static <T> T during(String reason, Supplier<T> work) {
    String before = CURRENT.get();
    CURRENT.set(reason);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  public static void during(String reason, Runnable work) {
    during(reason, () -> {
      work.run();
      return null;
    });
  }

  static String current() {
    return CURRENT.get();
  }

  /** Reads the header of a REST call (engine REST and the webapps' API) for the call's duration. */
  static final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String reason = request.getHeader(HEADER);
      if (reason == null) {
        chain.doFilter(request, response);
        return;
      }
      try {
        during(reason, () -> {
          try {
            chain.doFilter(request, response);
          } catch (IOException | ServletException e) {
            throw new FilterFailure(e);
          }
        });
      } catch (FilterFailure f) {
        if (f.getCause() instanceof IOException io) {
          throw io;
        }
        throw (ServletException) f.getCause();
      }
    }
  }

  private static final class FilterFailure extends RuntimeException {
    FilterFailure(Exception cause) {
      super(cause);
    }
  }
}
