package org.withme.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has been read (and perhaps rewritten) by a filter, given on to the next
 * filter or the REST API as if it were the original: stream, reader and content length.
 */
public final class RequestWithBody extends HttpServletRequestWrapper {

  private final byte[] body;

  public RequestWithBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(),
        encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
  }

  @Override
  public String getHeader(String name) {
    return "content-length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
  }

  @Override
  public java.util.Enumeration<String> getHeaders(String name) {
    return "content-length".equalsIgnoreCase(name)
        ? java.util.Collections.enumeration(java.util.List.of(String.valueOf(body.length))) : super.getHeaders(name);
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
