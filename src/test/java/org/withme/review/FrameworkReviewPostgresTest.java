package org.withme.review;

import org.withme.support.WithMePostgresTest;

/** The framework review on PostgreSQL. */
@WithMePostgresTest
class FrameworkReviewPostgresTest extends FrameworkReviewScenarios {}
