package org.withme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.withme.review.ReviewRecords;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;
import org.withme.tender.TenderRecords;

/**
 * A signed-out visitor reads the public page in Chromium on a phone-sized window: the GOV.UK
 * Frontend styles load, the page needs no JavaScript, the keyboard reaches "Skip to main content"
 * first, and axe-core finds no serious or critical WCAG 2.2 AA violation on the page or on a
 * programme's page. Screenshots: target/screenshots/public-page*.png (docs/images/public-page.png
 * is a copy); the page weight on the phone window goes to target/public-page-weight.txt.
 */
@WithMeTest
class PublicPageBrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired TenderRecords tenders;
  @Autowired ReviewRecords reviews;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  private PublicRecordsScenario scenario;

  @AfterEach
  void endProgrammesAndResetClock() {
    if (scenario != null) {
      scenario.endProgrammes();
    }
    ClockUtil.reset();
  }

  @Test
  void aSignedOutVisitorReadsThePublicPageOnAPhone() throws Exception {
    PublicRecordsScenario.clockAheadOfEveryRecord(engine);
    PublicRecordsScenario s = scenario = new PublicRecordsScenario(engine, tenders, reviews);
    String reference = Programmes.newReference();
    String title = "Young carers' support service " + reference;
    ProcessInstance pi = s.analyseClosed(reference, title, 6, 3,
        "You said you wanted sessions after school and someone to talk to who knows about caring. We asked the new service for sessions until 7pm and a named worker for every young carer.");
    s.analyseClosed(Programmes.newReference(), "Short breaks for disabled children", 1, 2,
        "You said the bus never comes; we chose venues on bus routes.");
    s.tenderAwarded(reference, pi.getId(), "Harbour Youth Trust", "Northgate Care");
    s.reviewSigned(2600 + (int) (System.nanoTime() % 300));

    Browser browser = Browser.shared();
    try {
      browser.resize(390, 844);
      browser.open(rest.getRootUri() + "/withme/public");
      browser.find(By.xpath("//h1[normalize-space(.)='What young people told us and what we did']"));
      assertThat(browser.script("return document.scripts.length")).as("no JavaScript on the page").isEqualTo(0L);
      assertThat(browser.script("return getComputedStyle(document.querySelector('.govuk-heading-xl')).fontWeight"))
          .as("the GOV.UK Frontend styles loaded").isEqualTo("700");
      assertThat(browser.script("return getComputedStyle(document.body).fontFamily").toString()).startsWith("arial");
      assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("nothing wider than the phone").isEqualTo(true);
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      assertThat(browser.script("return document.activeElement.textContent.trim()")).isEqualTo("Skip to main content");
      assertThat(browser.seriousAccessibilityViolations("html")).as("axe-core serious/critical violations on the public page").isEmpty();
      long[] weight = browser.pageWeight();
      browser.screenshot("public-page-phone");
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/public-page-weight.txt"),
          "public page, 390x844, first visit: " + weight[0] + " bytes in " + weight[1] + " requests\n");

      browser.open(rest.getRootUri() + "/withme/public");
      org.openqa.selenium.WebElement link = browser.find(By.linkText(title));
      assertThat(link.getAttribute("href")).isEqualTo(rest.getRootUri() + "/withme/public/programmes/" + reference);
      browser.click(link);
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/withme/public/programmes/" + reference));
      browser.find(By.xpath("//h1[normalize-space(.)=\"" + title + "\"]"));
      browser.waitForText("took part, by workshop.");
      assertThat(browser.seriousAccessibilityViolations("html")).as("axe-core serious/critical violations on a programme's page").isEmpty();
      browser.screenshot("public-page-programme-phone");

      browser.resizeToDefault();
      browser.open(rest.getRootUri() + "/withme/public");
      browser.find(By.id("under-way"));
      assertThat(browser.seriousAccessibilityViolations("html")).as("axe-core serious/critical violations on the wide page").isEmpty();
      browser.screenshot("public-page");
    } finally {
      browser.resizeToDefault();
    }
  }
}
