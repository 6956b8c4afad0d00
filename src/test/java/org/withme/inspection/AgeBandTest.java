package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeBandTest {

  @Test
  void consentFollowsTheBandExactlyWhereTheConsentAgeStartsABand() {
    assertThat(AgeBand.AGED_16_TO_17.mayBeUnder(18)).isTrue();
    assertThat(AgeBand.AGED_18_TO_25.mayBeUnder(18)).isFalse();
    assertThat(AgeBand.AGED_16_TO_17.mayBeUnder(16)).isFalse();
    assertThat(AgeBand.AGED_11_TO_15.mayBeUnder(16)).isTrue();
    assertThat(AgeBand.AGED_18_TO_25.mayBeUnder(21)).as("on the safe side inside a band").isTrue();
  }

  @Test
  void bandsCoverYoungInspectorsFromEightToTwentyFive() {
    assertThat(AgeBand.forAge(8)).isEqualTo(AgeBand.AGED_8_TO_10);
    assertThat(AgeBand.forAge(15)).isEqualTo(AgeBand.AGED_11_TO_15);
    assertThat(AgeBand.forAge(17)).isEqualTo(AgeBand.AGED_16_TO_17);
    assertThat(AgeBand.forAge(25)).isEqualTo(AgeBand.AGED_18_TO_25);
    assertThatThrownBy(() -> AgeBand.forAge(7)).hasMessage("Young Inspectors are 8 to 25 years old, not 7");
    assertThat(AgeBand.of("11-15")).contains(AgeBand.AGED_11_TO_15);
    assertThat(AgeBand.of("2010-05-01")).isEmpty();
  }
}
