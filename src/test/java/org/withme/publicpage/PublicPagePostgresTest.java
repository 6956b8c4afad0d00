package org.withme.publicpage;

import org.withme.support.WithMePostgresTest;

/** The public page on PostgreSQL. */
@WithMePostgresTest
class PublicPagePostgresTest extends PublicPageScenarios {}
