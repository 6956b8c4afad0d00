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
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

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
      browser.waitUntil(d -> d.findElements(By.cssSelector("[uib-modal-window]")).isEmpty()); // the start dialog has closed
      browser.click(By.xpath("//a[contains(., 'Commissioners')]"));
      // this test's own task (other tests leave "Check existing intelligence" tasks open): its card shows the reference
      browser.waitUntil(d -> !d.findElements(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., 'Check existing intelligence')"
          + " and contains(., '" + reference + "')]")).isEmpty());
    }
    assertThat(count(reference)).isOne();
  }

  @Test
  void aCommissionerReadsEarlierEngagementAsATable() {
    String said = "Tell us the bus times before the club starts (" + Programmes.newReference() + ")";
    new org.withme.participation.ParticipationRecords(jdbc).insertEvidence("EARLIER-SEND", "send", "plan",
        java.time.LocalDate.of(2026, 9, 14), "workshop", 9, "11-15: 9", "disabled", said, false, "cora", java.time.Instant.now());
    String reference = Programmes.newReference();
    java.util.Map<String, Object> form = Programmes.startForm(reference);
    form.put("serviceArea", "send");
    var pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", form);
    var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    org.withme.support.Tasklist cora = org.withme.support.Tasklist.at(rest.getRootUri(), engine).signIn("cora");
    cora.open(task, reference, "Young carers' support service");
    Browser browser = cora.browser();
    By row = By.xpath("//*[contains(@class,'fjs-table')]//tr[.//td[contains(., 'Tell us the bus times')]]");
    assertThat(browser.find(row).getText()).contains("14 September 2026", "EARLIER-SEND (plan)", "workshop", "9", said);
    assertThat(browser.find(By.xpath("//*[contains(@class,'fjs-table')]//th[normalize-space(.)='What they said']")).isDisplayed()).isTrue();
    cora.assertAccessible();
  }

  @Test
  void aYoungPanellistDoesNotSeeCommissionersTasks() {
    // a commissioners' task is open, so there is something not to see
    String reference = Programmes.newReference();
    engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(reference));
    {
      Browser browser = Browser.shared();
      browser.login(rest.getRootUri(), "tasklist", "yasmin", "yasmin");
      browser.waitForText("My tasks");
      assertThat(browser.driver().getPageSource()).doesNotContain(">Commissioners<");
      browser.click(By.xpath("//a[contains(., \"My group's tasks\")]"));
      listLoaded(browser, "My group's tasks");
      assertThat(browser.driver().getPageSource()).doesNotContain(reference).doesNotContain("Check existing intelligence");
    }
  }

  /** Waits until the focused filter is {@code filter}, shows its count, and the list shows that many tasks or none. */
  private static void listLoaded(Browser browser, String filter) {
    browser.waitUntil(d -> {
      var active = d.findElements(By.cssSelector(".task-filter.active"));
      var counter = active.size() == 1 && active.get(0).getText().contains(filter)
          ? active.get(0).findElements(By.cssSelector(".counter")) : java.util.List.<org.openqa.selenium.WebElement>of();
      if (counter.isEmpty() || !counter.get(0).getText().trim().matches("\\d+")) {
        return false;
      }
      boolean none = Integer.parseInt(counter.get(0).getText().trim()) == 0;
      return none ? d.getPageSource().contains("No task matching filters found.")
          : !d.findElements(By.cssSelector("ol.tasks-list li.task")).isEmpty();
    });
  }

  private int count(String reference) {
    return jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, reference);
  }

  @Test
  void onlyThoseWhoManageTheWorkAreOfferedToChangeATasksDates() {
    org.withme.tender.TenderRun run = new org.withme.tender.TenderRun(engine, Programmes.newReference()).start("PA2023", false);
    var youngTask = run.task("WriteYoungQuestions");
    org.withme.support.Tasklist tasklist = org.withme.support.Tasklist.at(rest.getRootUri(), engine).signIn("yasmin");
    tasklist.open(youngTask, run.tender(), "Young carers");
    Browser browser = tasklist.browser();
    By dates = By.cssSelector("ul.meta.dates");
    // a young person on her own task: the engine would refuse the change, so it is not offered
    browser.waitUntil(d -> d.findElement(dates).getDomAttribute("class").contains("withme-dates-read-only"));
    assertThat(browser.driver().findElements(By.xpath("//ul[contains(@class,'dates')]//a[normalize-space(.)='Set due date']"))
        .stream().filter(org.openqa.selenium.WebElement::isDisplayed).toList()).isEmpty();

    // a commissioner on a commissioning-cycle task manages that work: both dates are offered
    String reference = Programmes.newReference();
    var pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(reference));
    var staffTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    tasklist.signIn("cora").open(staffTask, reference, "Check existing intelligence");
    browser.waitUntil(d -> staffTask.getId().equals(d.findElement(dates).getDomAttribute("data-withme-task"))
        && !d.findElement(dates).getDomAttribute("class").contains("withme-dates-checking"));
    assertThat(browser.find(dates).getDomAttribute("class")).doesNotContain("withme-dates-read-only");
    assertThat(browser.find(By.xpath("//ul[contains(@class,'dates')]//a[normalize-space(.)='Set due date']")).isDisplayed()).isTrue();
    assertThat(browser.find(By.xpath("//ul[contains(@class,'dates')]//a[normalize-space(.)='Set follow-up date']")).isDisplayed()).isTrue();
  }
}
