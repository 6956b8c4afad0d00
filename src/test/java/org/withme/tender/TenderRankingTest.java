package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking arithmetic: weighted quality, price formulas, ties. */
class TenderRankingTest {

  static final List<Question> QUESTIONS = List.of(
      new Question("Q1", "How will young carers be listened to?", new BigDecimal("40"), "young", "young"),
      new Question("Q2", "How will you reach families?", new BigDecimal("60"), "officers", "officers"));

  @Test
  void weightedQualityAndLowestPriceRatio() {
    Map<String, Map<String, Integer>> consensus = new LinkedHashMap<>();
    consensus.put("North Star", Map.of("Q1", 5, "Q2", 3));   // (40 + 36) x 0.7 = 53.20
    consensus.put("Harbour", Map.of("Q1", 2, "Q2", 5));      // (16 + 60) x 0.7 = 53.20
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    prices.put("North Star", new BigDecimal("400000"));      // 30
    prices.put("Harbour", new BigDecimal("500000"));         // 300000*... = 24.00

    List<TenderRanking.Result> ranking = TenderRanking.rank(QUESTIONS, 70, consensus, prices, "lowest-price-ratio");

    assertThat(ranking).extracting(TenderRanking.Result::bidder).containsExactly("North Star", "Harbour");
    assertThat(ranking.get(0).qualityPoints()).isEqualByComparingTo("53.20");
    assertThat(ranking.get(0).pricePoints()).isEqualByComparingTo("30.00");
    assertThat(ranking.get(0).total()).isEqualByComparingTo("83.20");
    assertThat(ranking.get(1).pricePoints()).isEqualByComparingTo("24.00");
    assertThat(ranking.get(1).total()).isEqualByComparingTo("77.20");
    assertThat(ranking.get(1).rank()).isEqualTo(2);
  }

  @Test
  void linearPriceFormulaAndItsFloor() {
    BigDecimal lowest = new BigDecimal("100");
    assertThat(TenderRanking.pricePoints(new BigDecimal("100"), lowest, 30, "linear")).isEqualByComparingTo("30.00");
    assertThat(TenderRanking.pricePoints(new BigDecimal("110"), lowest, 30, "linear")).isEqualByComparingTo("27.00");
    assertThat(TenderRanking.pricePoints(new BigDecimal("250"), lowest, 30, "linear")).isEqualByComparingTo("0.00");
    assertThatThrownBy(() -> TenderRanking.pricePoints(lowest, lowest, 30, "cheapest-wins"))
        .hasMessageContaining("withme.tender.price-formula");
  }

  @Test
  void aTieGoesToTheLowerPrice() {
    Map<String, Map<String, Integer>> consensus = Map.of("A", Map.of("Q1", 5, "Q2", 5), "B", Map.of("Q1", 5, "Q2", 5));
    Map<String, BigDecimal> prices = Map.of("A", new BigDecimal("200"), "B", new BigDecimal("200"));
    assertThat(TenderRanking.rank(QUESTIONS, 100, consensus, prices, "lowest-price-ratio"))
        .extracting(TenderRanking.Result::bidder).containsExactly("A", "B");
    Map<String, BigDecimal> cheaperB = Map.of("A", new BigDecimal("200"), "B", new BigDecimal("199"));
    assertThat(TenderRanking.rank(QUESTIONS, 100, consensus, cheaperB, "lowest-price-ratio"))
        .extracting(TenderRanking.Result::bidder).containsExactly("B", "A");
  }

  @Test
  void aMissingConsensusCountsAsZero() {
    List<TenderRanking.Result> r = TenderRanking.rank(QUESTIONS, 80, Map.of("A", Map.of("Q1", 5)),
        Map.of("A", new BigDecimal("10")), "lowest-price-ratio");
    assertThat(r.get(0).qualityPoints()).isEqualByComparingTo("32.00");
    assertThat(r.get(0).total()).isEqualByComparingTo("52.00");
  }
}
