package org.withme.privacy;

import org.withme.support.WithMeTest;

/** Erasure and retention on H2. */
@WithMeTest
class PrivacyTest extends PrivacyScenarios {}
