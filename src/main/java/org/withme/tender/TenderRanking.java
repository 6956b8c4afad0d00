package org.withme.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking arithmetic: quality points are the agreed scores (0 to 5) as a share of each
 * question's weight, scaled to the quality share; price points follow the configured formula,
 * scaled to the price share. Ties go to the lower price, then the bidder's name.
 */
public final class TenderRanking {

  public record Result(String bidder, BigDecimal qualityPoints, BigDecimal pricePoints, BigDecimal total, int rank) {}

  private static final BigDecimal FIVE = new BigDecimal("5");

  private TenderRanking() {}

  public static List<Result> rank(List<Question> questions, int qualityShare, Map<String, Map<String, Integer>> consensus,
      Map<String, BigDecimal> prices, String priceFormula) {
    BigDecimal lowest = prices.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    int priceShare = 100 - qualityShare;
    List<Result> unranked = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> bid : prices.entrySet()) {
      Map<String, Integer> scores = consensus.getOrDefault(bid.getKey(), Map.of());
      BigDecimal quality = BigDecimal.ZERO;
      for (Question q : questions) {
        int score = scores.getOrDefault(q.id(), 0);
        quality = quality.add(BigDecimal.valueOf(score).multiply(q.weight()).divide(FIVE, 10, RoundingMode.HALF_UP));
      }
      quality = quality.multiply(BigDecimal.valueOf(qualityShare)).divide(TenderRules.HUNDRED, 2, RoundingMode.HALF_UP);
      BigDecimal price = pricePoints(bid.getValue(), lowest, priceShare, priceFormula);
      unranked.add(new Result(bid.getKey(), quality, price, quality.add(price), 0));
    }
    unranked.sort(Comparator.comparing(Result::total).reversed()
        .thenComparing(r -> prices.get(r.bidder()))
        .thenComparing(Result::bidder));
    List<Result> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      Result r = unranked.get(i);
      ranked.add(new Result(r.bidder(), r.qualityPoints(), r.pricePoints(), r.total(), i + 1));
    }
    return ranked;
  }

  /**
   * {@code lowest-price-ratio}: lowest price / this price x price share. {@code linear}: the share
   * falls by 1 % of the share for every 1 % above the lowest price, down to 0.
   */
  public static BigDecimal pricePoints(BigDecimal price, BigDecimal lowest, int priceShare, String formula) {
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("A price must be more than 0");
    }
    BigDecimal share = BigDecimal.valueOf(priceShare);
    BigDecimal points = switch (formula) {
      case "lowest-price-ratio" -> lowest.multiply(share).divide(price, 10, RoundingMode.HALF_UP);
      case "linear" -> {
        BigDecimal above = price.subtract(lowest).divide(lowest, 10, RoundingMode.HALF_UP);
        BigDecimal p = share.multiply(BigDecimal.ONE.subtract(above));
        yield p.signum() < 0 ? BigDecimal.ZERO : p;
      }
      default -> throw new IllegalArgumentException("Unknown price formula '" + formula
          + "': use lowest-price-ratio or linear (withme.tender.price-formula)");
    };
    return points.setScale(2, RoundingMode.HALF_UP);
  }
}
