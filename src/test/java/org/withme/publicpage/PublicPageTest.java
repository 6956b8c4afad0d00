package org.withme.publicpage;

import org.withme.support.WithMeTest;

/** The public page on H2. */
@WithMeTest
class PublicPageTest extends PublicPageScenarios {}
