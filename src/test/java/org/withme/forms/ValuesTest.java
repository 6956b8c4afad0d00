package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void aDateFieldsValueIsARealCalendarDate() {
    assertThat(Values.asDate("2027-03-14")).contains(LocalDate.of(2027, 3, 14));
    assertThat(Values.asDate("2027-03-14T00:00:00")).contains(LocalDate.of(2027, 3, 14));
    assertThat(Values.asDate("2026-13-45")).isEmpty();
    assertThat(Values.asDate("2027-02-29")).as("not a leap year").isEmpty();
    assertThat(Values.asDate("14/03/2027")).isEmpty();
    assertThat(Values.asDate("2027-03-14junk")).isEmpty();
    assertThat(Values.asDate(null)).isEmpty();
    // found by the fuzz suite: the ISO parser takes a signed five-digit year, and trim() dropped a NUL
    assertThat(Values.asDate("+20260-01-01")).isEmpty();
    assertThat(Values.asDate("2026-12-31\u0000")).isEmpty();
    assertThat(Values.asDate(" 2026-12-31 ")).contains(LocalDate.of(2026, 12, 31));
  }

  @Test
  void theMessageNamesTheFieldAndShowsTheFormatPeopleType() {
    assertThat(Values.notADate("Date of the meeting", "monitoringMeetingDate"))
        .isEqualTo("'Date of the meeting' (monitoringMeetingDate) must be a real date, such as 14/03/2027");
  }
}
