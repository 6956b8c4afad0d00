package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DatesInWordsTest {

  @Test
  void aDayIsWrittenInWords() {
    assertThat(DatesInWords.of(LocalDate.of(2027, 1, 15))).isEqualTo("Friday 15 January 2027");
    assertThat(DatesInWords.of(LocalDate.of(2026, 12, 3))).isEqualTo("Thursday 3 December 2026");
  }

  @Test
  void aMomentIsTheDayInLondon() {
    // 23:30 UTC on 30 June is already 1 July in London (summer time)
    Date lateEvening = Date.from(ZonedDateTime.parse("2027-06-30T23:30:00Z").toInstant());
    assertThat(DatesInWords.of(lateEvening)).isEqualTo("Thursday 1 July 2027");
    Date winter = Date.from(ZonedDateTime.parse("2027-01-15T17:00:00Z").toInstant());
    assertThat(DatesInWords.of(winter)).isEqualTo("Friday 15 January 2027");
  }

  @Test
  void noDateIsNoWords() {
    assertThat(DatesInWords.of((Date) null)).isNull();
    assertThat(DatesInWords.of((LocalDate) null)).isNull();
  }
}
