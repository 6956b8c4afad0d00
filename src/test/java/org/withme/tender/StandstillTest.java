package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The standstill across Christmas and Easter, with England and Wales bank holidays from Jollyday. */
class StandstillTest {

  @Test
  void procurementActCountsEightWorkingDaysAcrossChristmasAndNewYear() {
    // Mon 21 Dec 2026 counts as day 1; Christmas (Fri 25), Boxing Day substitute (Mon 28) and
    // New Year's Day (Fri 1 Jan) are bank holidays, so day 8 is Mon 4 Jan 2027
    Standstill.Period p = Standstill.of("PA2023", false, false, LocalDate.of(2026, 12, 21), 8, 10);
    assertThat(p.required()).isTrue();
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(p.endsAt().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(p.endsAt().toLocalTime().toString()).isEqualTo("00:00");
  }

  @Test
  void procurementActSkipsGoodFridayAndEasterMonday() {
    // Easter Sunday 2027 is 28 March: Good Friday 26 and Easter Monday 29 March are bank holidays
    Standstill.Period p = Standstill.of("PA2023", false, false, LocalDate.of(2027, 3, 24), 8, 10);
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 4, 6));
  }

  @Test
  void aNoticeOnABankHolidayStartsCountingOnTheNextWorkingDay() {
    assertThat(Standstill.of("PA2023", false, false, LocalDate.of(2026, 12, 25), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void publicContractsRegulationsTenDaysExtendedPastChristmasToTheNextWorkingDay() {
    // 10 days after Wed 16 Dec 2026 ends on Sat 26 Dec; Sun 27 and the Boxing Day substitute Mon 28 are not working days
    Standstill.Period p = Standstill.of("PCR2015", false, false, LocalDate.of(2026, 12, 16), 8, 10);
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void publicContractsRegulationsOverEasterEndsOnTheTuesday() {
    // 10 days after Fri 19 Mar 2027 is Mon 29 Mar, Easter Monday
    assertThat(Standstill.of("PCR2015", false, false, LocalDate.of(2027, 3, 19), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void lightTouchHasNoStandstillUnlessTheCouncilOptsIn() {
    assertThat(Standstill.of("PA2023", true, false, LocalDate.of(2026, 12, 21), 8, 10).required()).isFalse();
    assertThat(Standstill.of("PA2023", true, true, LocalDate.of(2026, 12, 21), 8, 10).lastDay())
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void workingDays() {
    assertThat(Standstill.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(Standstill.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(Standstill.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(Standstill.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    assertThat(Standstill.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    assertThat(Standstill.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse(); // early May bank holiday
    assertThat(Standstill.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue(); // St Andrew's Day: Scotland only
  }
}
