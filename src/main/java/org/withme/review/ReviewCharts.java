package org.withme.review;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts of the evidence figures as inline SVG, drawn here so they look the same in the
 * browser and in the PDF.
 */
public final class ReviewCharts {

  /** One bar. */
  public record Bar(String label, double value, String colour) {}

  private ReviewCharts() {}

  public static String bars(String title, List<Bar> bars, String unit) {
    int width = 520;
    int rowHeight = 28;
    int labelWidth = 200;
    int height = 30 + bars.size() * rowHeight + 10;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    if (max <= 0) {
      max = 1;
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\"><title>").append(escape(title)).append("</title>");
    svg.append("<text x=\"0\" y=\"18\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\">")
        .append(escape(title)).append("</text>");
    int y = 30;
    for (Bar bar : bars) {
      double length = (width - labelWidth - 60) * bar.value() / max;
      svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-family=\"sans-serif\" font-size=\"12\">")
          .append(escape(bar.label())).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", Math.max(length, 1))).append("\" height=\"18\" fill=\"")
          .append(bar.colour()).append("\"/>");
      svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + Math.max(length, 1) + 6))
          .append("\" y=\"").append(y + 17).append("\" font-family=\"sans-serif\" font-size=\"12\">")
          .append(format(bar.value())).append(unit).append("</text>");
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
