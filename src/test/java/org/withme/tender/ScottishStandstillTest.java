package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Scottish regime: Public Contracts (Scotland) Regulations 2015 reg. 87 at or above the
 * threshold (light-touch contracts too), the Procurement Reform (Scotland) Act 2014 below it, and
 * Scottish bank holidays from Jollyday. Plain Java, no engine.
 */
class ScottishStandstillTest {

  static final ScotlandProcurementProperties SCOTLAND = ScotlandProcurementProperties.defaults();
  static final BigDecimal ABOVE = new BigDecimal("900000");

  static Standstill.Period scottish(boolean lightTouch, boolean optIn, BigDecimal value, LocalDate notice) {
    return Standstill.of("PCS2015", lightTouch, optIn, value, notice, 8, 10, SCOTLAND);
  }

  @Test
  void aScottishTenderCountsStAndrewsDay() {
    // 10 days after Thu 19 Nov 2026 is Sun 29 Nov; Mon 30 Nov is St Andrew's Day in Scotland only
    Standstill.Period scot = scottish(true, false, ABOVE, LocalDate.of(2026, 11, 19));
    assertThat(scot.required()).isTrue();
    assertThat(scot.lastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(scot.endsAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(scot.explanation()).contains("Public Contracts (Scotland) Regulations 2015 reg. 87")
        .contains("Scottish bank holidays");
    // the same notice under the English regulations ends on the Monday
    assertThat(Standstill.of("PCR2015", false, false, LocalDate.of(2026, 11, 19), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void easterMondayIsAWorkingDayInScotland() {
    // 10 days after Fri 19 Mar 2027 is Mon 29 Mar: Easter Monday, a bank holiday in England and Wales only
    assertThat(scottish(true, false, ABOVE, LocalDate.of(2027, 3, 19)).lastDay()).isEqualTo(LocalDate.of(2027, 3, 29));
    assertThat(Standstill.of("PCR2015", false, false, LocalDate.of(2027, 3, 19), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void theFirstMondayInAugustIsScotlandsSummerBankHoliday() {
    // 10 days after Fri 23 Jul 2027 is Mon 2 Aug, Scotland's summer bank holiday
    assertThat(scottish(true, false, ABOVE, LocalDate.of(2027, 7, 23)).lastDay()).isEqualTo(LocalDate.of(2027, 8, 3));
    assertThat(Standstill.of("PCR2015", false, false, LocalDate.of(2027, 7, 23), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2027, 8, 2));
  }

  @Test
  void aLightTouchContractAtOrAboveTheThresholdHasAStandstillWithoutOptingIn() {
    LocalDate notice = LocalDate.of(2026, 11, 19);
    assertThat(scottish(true, false, new BigDecimal("663540"), notice).required()).as("at the threshold").isTrue();
    Standstill.Period below = scottish(true, false, new BigDecimal("663539.99"), notice);
    assertThat(below.required()).as("a penny below").isFalse();
    assertThat(below.lastDay()).isNull();
    assertThat(below.explanation()).contains("below the threshold of £663540 for light-touch contracts")
        .contains("Procurement Reform (Scotland) Act 2014 sets none").contains("did not opt in");
    Standstill.Period chosen = scottish(true, true, new BigDecimal("663539.99"), notice);
    assertThat(chosen.required()).isTrue();
    assertThat(chosen.lastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(chosen.explanation()).contains("held by the council's choice");
  }

  @Test
  void otherServicesUseTheServicesThreshold() {
    LocalDate notice = LocalDate.of(2026, 11, 19);
    assertThat(scottish(false, false, new BigDecimal("214904"), notice).required()).isTrue();
    assertThat(scottish(false, false, new BigDecimal("214903"), notice).explanation())
        .contains("below the threshold of £214904 for services");
  }

  @Test
  void theThresholdsAndTheStandstillAreConfigurable() {
    var s = new ScotlandProcurementProperties(new BigDecimal("700000"), new BigDecimal("214904"), 15);
    assertThat(Standstill.of("PCS2015", true, false, new BigDecimal("680000"), LocalDate.of(2026, 11, 19), 8, 10, s)
        .required()).isFalse();
    // 15 days after Thu 19 Nov 2026 is Fri 4 Dec
    assertThat(Standstill.of("PCS2015", true, false, new BigDecimal("700000"), LocalDate.of(2026, 11, 19), 8, 10, s)
        .lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aScottishStandstillNeedsTheEstimatedValueAndAnUnknownRegimeIsNamed() {
    assertThatThrownBy(() -> scottish(true, false, null, LocalDate.of(2026, 11, 19)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A Scottish tender's standstill needs its estimated value");
    assertThatThrownBy(() -> Standstill.of("NI2015", false, false, LocalDate.of(2026, 11, 19), 8, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown procurement regime 'NI2015'");
  }

  @Test
  void theCalendars() {
    BankHolidays scotland = BankHolidays.SCOTLAND;
    BankHolidays englandAndWales = BankHolidays.ENGLAND_AND_WALES;
    assertThat(scotland.isWorkingDay(LocalDate.of(2026, 11, 30))).as("St Andrew's Day").isFalse();
    assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday").isTrue();
    assertThat(englandAndWales.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday").isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 2))).isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 30))).isTrue();
    assertThat(englandAndWales.isWorkingDay(LocalDate.of(2027, 8, 30))).as("late summer bank holiday").isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
    // 1 and 2 January 2028 fall on a weekend: Scotland has Mon 3 and Tue 4 off, England and Wales Mon 3 only
    assertThat(scotland.isWorkingDay(LocalDate.of(2028, 1, 4))).as("2 January's substitute").isFalse();
    assertThat(englandAndWales.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
    assertThat(englandAndWales.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
  }

  @Test
  void theRegimesNameTheirSources() {
    assertThat(ProcurementRegime.of("PCS2015")).hasValue(ProcurementRegime.PCS2015);
    assertThat(ProcurementRegime.PCS2015.calendar()).isEqualTo(BankHolidays.SCOTLAND);
    assertThat(ProcurementRegime.PCR2015.calendar()).isEqualTo(BankHolidays.ENGLAND_AND_WALES);
    assertThat(ProcurementRegime.PCS2015.sources()).contains("reg. 87").contains("reg. 85").contains("regs. 74-76")
        .contains("s.32").contains("s.33").contains("s.23");
    assertThat(ProcurementRegime.of("NI2015")).isEmpty();
  }
}
