package org.withme.privacy;

import org.withme.support.WithMePostgresTest;

/** Erasure and retention on PostgreSQL. */
@WithMePostgresTest
class PrivacyPostgresTest extends PrivacyScenarios {}
