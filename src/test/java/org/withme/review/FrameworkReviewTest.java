package org.withme.review;

import org.withme.support.WithMeTest;

/** The framework review on H2. */
@WithMeTest
class FrameworkReviewTest extends FrameworkReviewScenarios {}
