package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/** A commissioner starts a programme in the real Tasklist, in Chromium, and finds the first task. */
@WithMeTest
class TasklistBrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver from Debian (.ci/run installs them)").isTrue();
  }

  @Test
  void aCommissionerStartsAProgrammeAndTokenismIsRefusedOnTheWay() {
    String reference = Programmes.newReference();
    {
      Browser browser = Browser.shared();
      browser.login(rest.getRootUri(), "tasklist", "cora", "cora");
      browser.click(By.xpath("//a[contains(., 'Start process')]"));
      browser.click(By.xpath("//a[contains(., 'Commissioning cycle')]"));
      browser.find(By.xpath("//label[contains(., 'Programme title')]/following::input[1]")).sendKeys("Short breaks 2027");
      browser.find(By.xpath("//label[contains(., 'Programme reference')]/following::input[1]")).sendKeys(reference);
      browser.click(By.cssSelector(".fjs-form-field-select .fjs-input-group"));
      browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(., 'Short breaks for disabled children')]"));
      browser.find(By.xpath("//label[contains(., 'Youngest age')]/following::input[1]")).sendKeys("5");
      browser.find(By.xpath("//label[contains(., 'Oldest age')]/following::input[1]")).sendKeys("17");
      browser.click(By.xpath("//label[contains(., 'Disabled young people')]"));
      browser.click(By.xpath("//label[contains(., 'Voice: help to express')]"));
      browser.click(By.xpath("//label[starts-with(normalize-space(.), '3 Tokenism')]"));
      browser.click(By.xpath("//button[normalize-space(.)='Start']"));

      browser.waitForText("is not participation");
      assertThat(count(reference)).isZero();

      browser.click(By.xpath("//label[starts-with(normalize-space(.), '6 Adult-initiated')]"));
      browser.click(By.xpath("//button[normalize-space(.)='Start']"));
      browser.click(By.xpath("//a[contains(., 'Commissioners')]"));
      browser.waitForText("Check existing intelligence");
    }
    assertThat(count(reference)).isOne();
  }

  @Test
  void aYoungPanellistDoesNotSeeCommissionersTasks() {
    {
      Browser browser = Browser.shared();
      browser.login(rest.getRootUri(), "tasklist", "yasmin", "yasmin");
      browser.waitForText("My tasks");
      assertThat(browser.driver().getPageSource()).doesNotContain(">Commissioners<");
      browser.click(By.xpath("//a[contains(., \"My group's tasks\")]"));
      browser.waitForText("My group's tasks");
      assertThat(browser.driver().getPageSource()).doesNotContain("Check existing intelligence");
    }
  }

  private int count(String reference) {
    return jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, reference);
  }
}
