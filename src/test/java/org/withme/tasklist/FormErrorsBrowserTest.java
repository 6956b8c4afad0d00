package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * A refused submission reads as a person would say it, next to the field it is about: an error
 * summary at the top of the form that takes the focus, the message under the field, no ids, no
 * field keys, and no notification left covering the form.
 */
@WithMeTest
class FormErrorsBrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void aRefusedStartFormShowsTheProblemUnderTheFieldInPlainWords() {
    String reference = Programmes.newReference();
    Tasklist cora = Tasklist.at(rest.getRootUri(), engine).signIn("cora");
    Browser browser = cora.browser();
    assertThat(browser.script("return window.withmeShowsServerErrors === true")).isEqualTo(true);
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(., 'Commissioning cycle')]"));
    browser.find(By.xpath("//label[contains(., 'Programme title')]/following::input[1]")).sendKeys("Youth clubs 2027");
    browser.find(By.xpath("//label[contains(., 'Programme reference')]/following::input[1]")).sendKeys(reference);
    browser.click(By.cssSelector(".fjs-form-field-select .fjs-input-group"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(., 'Short breaks for disabled children')]"));
    browser.find(By.xpath("//label[contains(., 'Youngest age')]/following::input[1]")).sendKeys("11");
    browser.find(By.xpath("//label[contains(., 'Oldest age')]/following::input[1]")).sendKeys("17");
    browser.click(By.xpath("//label[contains(., 'Disabled young people')]"));
    browser.click(By.xpath("//label[contains(., 'Voice: help to express')]"));
    browser.click(By.xpath("//label[starts-with(normalize-space(.), '3 Tokenism')]"));
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));

    WebElement summary = browser.find(By.cssSelector(".withme-error-summary"));
    browser.screenshot("form-errors-start-programme");
    assertThat(summary.getText()).startsWith("There is a problem").contains("is not participation")
        .doesNotContain("influenceRung", "Cannot instantiate", "commissioning-cycle:");
    assertThat(browser.script("return document.activeElement === arguments[0]", summary)).as("the summary has the focus").isEqualTo(true);
    List<WebElement> underField = browser.driver().findElements(By.xpath(
        "//div[contains(@class,'withme-field-has-error')][.//label[starts-with(normalize-space(.), 'Level of influence')]]//div[contains(@class,'withme-field-error')]"));
    assertThat(underField).hasSize(1);
    assertThat(underField.get(0).getText()).contains("is not participation").doesNotContain("influenceRung");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".alert-danger")).stream().noneMatch(WebElement::isDisplayed));
    assertThat(browser.seriousAccessibilityViolations(Tasklist.FORM)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, reference)).isZero();
  }

  @Test
  void whatIsTypedIsAppliedAtOnceSoARedrawnFormCannotLoseIt() {
    Tasklist cora = Tasklist.at(rest.getRootUri(), engine).signIn("cora");
    Browser browser = cora.browser();
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(., 'Commissioning cycle')]"));
    WebElement title = browser.find(By.xpath("//label[contains(., 'Programme title')]/following::input[1]"));
    // form-js would apply these 300 ms later, reading the field only then; WithMe applies each at once,
    // so the emptied required field is already invalid when the script returns
    Object errors = browser.script("const input = arguments[0];"
        + "for (const v of ['Youth clubs', '']) { input.value = v; input.dispatchEvent(new Event('input', { bubbles: true })); }"
        + "return JSON.stringify(window.withmeLastFormErrors || {});", title);
    assertThat((String) errors).contains("Field is required");
  }
}
