package org.withme.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * One person working in the real Tasklist in the shared Chromium: signs in, opens a task from its
 * card in the default view (the card must name the reference), fills the Camunda Form by its
 * labels as a person reads them, checks the form with axe-core, saves a screenshot and clicks
 * Complete. Browser walks of the processes are written with it; what no person does (a timer's
 * due time) is set up through the engine.
 */
public final class Tasklist {

  /** The form as form-js renders it in the Tasklist. */
  public static final String FORM = ".fjs-container";
  private static final By COMPLETE = By.xpath("//button[normalize-space(.)='Complete']");

  private final Browser browser;
  private final String baseUrl;
  private final ProcessEngine engine;
  private String user;

  private Tasklist(Browser browser, String baseUrl, ProcessEngine engine) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.engine = engine;
  }

  /** The shared browser, signed out, at the app listening on {@code baseUrl}. */
  public static Tasklist at(String baseUrl, ProcessEngine engine) {
    return new Tasklist(Browser.shared(), baseUrl, engine);
  }

  public Browser browser() {
    return browser;
  }

  /** Signs in as {@code user} (password = user id, the demo logins) and waits for the default view. */
  public Tasklist signIn(String user) {
    long t0 = System.nanoTime();
    try {
      return signInTimed(user);
    } finally {
      TIMES.add("sign in", t0);
    }
  }

  private Tasklist signInTimed(String user) {
    if (this.user != null) {
      browser.driver().manage().deleteAllCookies();
    }
    browser.login(baseUrl, "tasklist", user, user);
    browser.waitForText("My work");
    this.user = user;
    return this;
  }

  public String user() {
    return user;
  }

  /**
   * Opens the task from its card in the default view ("My work") and waits for its form. The card
   * must show {@code reference} and each of {@code alsoOnCard} (e.g. the programme title); a group
   * task is claimed first. When the Tasklist is already open and its list (refreshed after the last
   * Complete) shows the card, the card is clicked there, as a person does; otherwise the Tasklist is
   * loaded again.
   */
  public Tasklist open(Task task, String reference, String... alsoOnCard) {
    long t0 = System.nanoTime();
    By card = By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(@href, 'task=" + task.getId() + "')]]");
    if (!browser.driver().getCurrentUrl().contains("/camunda/app/tasklist/") || notificationShown()
        || !shownWithin(card, reference, 1500)) {
      browser.open(baseUrl + "/camunda/app/tasklist/default/");
      TIMES.add("open: load the Tasklist", t0);
    } else {
      TIMES.add("open: card already in the list", t0);
    }
    try {
      browser.waitUntil(d -> !d.findElements(card).isEmpty() && d.findElement(card).getText().contains(reference));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(user + "-no-card-" + task.getTaskDefinitionKey());
      throw new AssertionError(user + " sees no card for '" + task.getName() + "' naming " + reference, e);
    }
    assertThat(browser.find(card).getText()).as("the card of '" + task.getName() + "'").contains(alsoOnCard);
    List<WebElement> earlierForm = browser.driver().findElements(By.cssSelector(FORM));
    browser.click(By.cssSelector(".tasks-list li a[href*='task=" + task.getId() + "']"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("task=" + task.getId()));
    if (!earlierForm.isEmpty()) {
      // a form still shown from the task before is replaced by this task's
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(earlierForm.get(0)));
      } catch (org.openqa.selenium.TimeoutException e) {
        TIMES.add("open: earlier form kept", System.nanoTime());
      }
    }
    if (assignee(task) == null) {
      browser.click(By.xpath("//button[normalize-space(.)='Claim']"));
      browser.waitUntil(d -> user.equals(assignee(task)));
    }
    browser.find(By.cssSelector(FORM));
    browser.waitUntil(d -> !d.findElements(By.cssSelector(FORM + " .fjs-form-field")).isEmpty());
    TIMES.add("open: card to form", t0);
    return this;
  }

  /** A Tasklist notification (e.g. "the process was started") still on the page, where it may cover the form's buttons. */
  private boolean notificationShown() {
    return Boolean.TRUE.equals(browser.script(
        "var p = document.querySelector('.page-notifications'); return !!p && p.innerText.trim().length > 0;"));
  }

  private boolean shownWithin(By card, String reference, long millis) {
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMillis(millis))
          .pollingEvery(java.time.Duration.ofMillis(100))
          .until(d -> !d.findElements(card).isEmpty() && d.findElement(card).getText().contains(reference));
      return true;
    } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
      return false;
    }
  }

  /** Where a walk's time goes (target/browser-walk-times.txt at the end of the test JVM): sign-ins, opening tasks, axe, completing. */
  static final class Times {
    private final java.util.Map<String, long[]> totals = new java.util.TreeMap<>();

    Times() {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        StringBuilder out = new StringBuilder("Browser walk time by step (count, seconds):");
        synchronized (this) {
          totals.forEach((step, t) -> out.append(String.format("%n  %-28s %4d %7.1f", step, t[0], t[1] / 1e9)));
        }
        try {
          java.nio.file.Files.writeString(java.nio.file.Path.of("target/browser-walk-times.txt"), out + "\n");
        } catch (java.io.IOException e) {
          System.err.println(out);
        }
      }));
    }

    synchronized void add(String step, long since) {
      long[] t = totals.computeIfAbsent(step, k -> new long[2]);
      t[0]++;
      t[1] += System.nanoTime() - since;
    }
  }

  static final Times TIMES = new Times();

  private String assignee(Task task) {
    Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    return now == null ? null : now.getAssignee();
  }

  /** The input, textarea or select of the field whose label starts with {@code label}. */
  public WebElement field(String label) {
    return browser.find(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[self::input or self::textarea][not(@readonly)][1]"));
  }

  /** Types into a text field, text area or number field (replacing what is there). */
  public Tasklist type(String label, String value) {
    WebElement input = field(label);
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    return this;
  }

  /** Types a date as a person in the UK does (dd/mm/yyyy) and leaves the field. */
  public Tasklist date(String label, String ddMmYyyy) {
    WebElement input = field(label);
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(ddMmYyyy, Keys.ENTER);
    input.sendKeys(Keys.TAB);
    return this;
  }

  /** Ticks the checkbox, radio option or checklist option whose label starts with {@code label}. */
  public Tasklist tick(String label) {
    browser.click(browser.find(By.xpath("//label[starts-with(normalize-space(.), " + literal(label) + ")]")));
    return this;
  }

  /** Picks {@code option} in the select (dropdown) field labelled {@code label}. */
  public Tasklist choose(String label, String option) {
    browser.click(browser.find(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[contains(@class,'fjs-input-group')]")));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), " + literal(option) + ")]"));
    return this;
  }

  /** The editable inputs of every row of the list field whose child fields are labelled {@code childLabel}. */
  public List<WebElement> listInputs(String childLabel) {
    return browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')]//div[contains(@class,'fjs-form-field')]"
        + "[.//label[starts-with(normalize-space(.), " + literal(childLabel) + ")]]//*[self::input or self::textarea][not(@readonly)]"));
  }

  /** Runs axe-core (WCAG 2.2 AA) on the form and fails on any serious or critical violation. */
  public Tasklist assertAccessible() {
    assertThat(browser.seriousAccessibilityViolations(FORM)).as("axe-core serious/critical violations in the form for " + user).isEmpty();
    return this;
  }

  /**
   * Checks the form with axe-core, saves target/screenshots/{screenshot}.png, clicks Complete and
   * waits until the engine has the task completed. Fails if Complete stays disabled on the filled form.
   */
  public Tasklist complete(Task task, String screenshot) {
    long t0 = System.nanoTime();
    try {
      browser.waitUntil(d -> d.findElement(COMPLETE).isEnabled());
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(screenshot + "-not-completable");
      throw new AssertionError("Complete stays disabled for " + user + " on the filled form of '" + task.getName()
          + "'; form-js errors: " + browser.script("return JSON.stringify(window.withmeLastFormErrors)"), e);
    }
    long axe = System.nanoTime();
    List<String> violations = browser.seriousAccessibilityViolations(FORM);
    TIMES.add("complete: axe", axe);
    assertThat(violations).as("axe-core serious/critical violations in the form for " + user).isEmpty();
    long shot = System.nanoTime();
    browser.screenshot(screenshot);
    TIMES.add("complete: screenshot", shot);
    String form = formOf(task);
    browser.click(browser.find(COMPLETE));
    try {
      browser.waitUntil(d -> {
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        return done != null && done.getEndTime() != null;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(screenshot + "-refused");
      throw new AssertionError("'" + task.getName() + "' was not completed by " + user + "; the page says: "
          + browser.driver().findElement(By.tagName("body")).getText(), e);
    }
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getDeleteReason())
        .isEqualTo("completed");
    WALKS.record(task, form, user, violations.size(), screenshot);
    TIMES.add("complete (all)", t0);
    return this;
  }

  /**
   * Saves the person's default view ("My work") as target/screenshots/role-{role}.png, the
   * picture of their main screen that docs/images/roles/ holds a copy of.
   */
  public Tasklist mainScreen(String role) {
    browser.open(baseUrl + "/camunda/app/tasklist/default/");
    browser.waitForText("My work");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".tasks-list")).isEmpty());
    browser.screenshot("role-" + role);
    return this;
  }

  /** Every form completed in the browser in this test JVM: target/browser-walks.tsv. */
  private static final WalkLog WALKS = new WalkLog(java.nio.file.Path.of("target/browser-walks.tsv"));

  private static final class WalkLog {
    private final java.nio.file.Path file;
    private boolean started;

    WalkLog(java.nio.file.Path file) {
      this.file = file;
    }

    synchronized void record(Task task, String form, String user, int violations, String screenshot) {
      try {
        if (!started) {
          java.nio.file.Files.createDirectories(file.getParent());
          java.nio.file.Files.writeString(file, "process\ttask\tform\tcompleted by\taxe serious/critical\tscreenshot\n");
          started = true;
        }
        String process = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
        java.nio.file.Files.writeString(file, String.join("\t", process, task.getTaskDefinitionKey(), form, user,
            String.valueOf(violations), screenshot) + "\n", java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** A start form submitted in the browser: logged with the task column "(start)". */
    synchronized void recordStart(String process, String form, String user, int violations, String screenshot) {
      try {
        if (!started) {
          java.nio.file.Files.createDirectories(file.getParent());
          java.nio.file.Files.writeString(file, "process\ttask\tform\tcompleted by\taxe serious/critical\tscreenshot\n");
          started = true;
        }
        java.nio.file.Files.writeString(file, String.join("\t", process, "(start)", form, user, String.valueOf(violations), screenshot) + "\n",
            java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** A start form (no task yet): the row names the start event. */
    synchronized void recordStart(String process, String startEvent, String form, String user, int violations, String screenshot) {
      try {
        if (!started) {
          java.nio.file.Files.createDirectories(file.getParent());
          java.nio.file.Files.writeString(file, "process\ttask\tform\tcompleted by\taxe serious/critical\tscreenshot\n");
          started = true;
        }
        java.nio.file.Files.writeString(file, String.join("\t", process, startEvent, form, user,
            String.valueOf(violations), screenshot) + "\n", java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  // ---- the commissioning-cycle walk (CommissioningCycleWalkTest)

  /** Ticks {@code option} in the radio group or checklist labelled {@code group} (several groups on a form offer "Yes"). */
  public Tasklist pick(String group, String option) {
    By label = By.xpath("//div[contains(@class,'fjs-form-field-radio') or contains(@class,'fjs-form-field-checklist')]"
        + "[.//*[self::label or self::legend][starts-with(normalize-space(.), " + literal(group) + ")]]"
        + "//label[.//input][starts-with(normalize-space(.), " + literal(option) + ")]");
    tickInput(label);
    return this;
  }

  /** Clicks the label until its input is ticked (a click while the form is re-rendered is lost). */
  private void tickInput(By label) {
    for (int attempt = 1; ; attempt++) {
      clickWhenSettled(label);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
            .until(d -> d.findElement(label).findElement(By.tagName("input")).isSelected());
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw new AssertionError("'" + browser.find(label).getText() + "' stays unticked for " + user, e);
        }
      }
    }
  }

  /**
   * Scrolls the element to the middle of the window, waits until it stands still (the Tasklist's
   * form pane scrolls smoothly, and read-only text areas grow to their text just after the form
   * appears), then clicks it: a click computed mid-scroll lands beside a radio's label and ticks nothing.
   */
  private void clickWhenSettled(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = browser.find(by);
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
          const el = arguments[0], done = arguments[arguments.length - 1];
          el.scrollIntoView({block: 'center'});
          let last = null, still = 0;
          const tick = () => {
            const top = el.getBoundingClientRect().top;
            still = top === last ? still + 1 : 0;
            last = top;
            if (still >= 3) { done(true); } else { requestAnimationFrame(tick); }
          };
          requestAnimationFrame(tick);
          """, element);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Picks {@code option} in the select (dropdown) labelled {@code label}, each click once the form stands still. */
  public Tasklist select(String label, String option) {
    By field = By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[contains(@class,'fjs-input-group')]");
    By item = By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), " + literal(option) + ")]");
    for (int attempt = 1; ; attempt++) {
      // a select that has the focus (after Tab from a date) may be open already: a click closes it
      clickWhenSettled(field);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(item));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          browser.screenshot(user + "-select-not-open");
          throw new AssertionError("the list of '" + label + "' does not open for " + user, e);
        }
      }
    }
    clickWhenSettled(item);
    return this;
  }

  /**
   * Waits until the Tasklist has no request under way and the form is drawn: after a claim the
   * Tasklist loads the task and its form again, and what was typed into the form drawn before is lost.
   */
  public Tasklist quiet() {
    int[] idle = {0};
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .pollingEvery(java.time.Duration.ofMillis(150)).until(d -> {
      Object pending = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
          "try { return angular.element(document.body).injector().get('$http').pendingRequests.length; } catch (e) { return -1; }");
      boolean drawn = !d.findElements(By.cssSelector(FORM + " .fjs-form-field")).isEmpty();
      idle[0] = drawn && Long.valueOf(0).equals(pending) ? idle[0] + 1 : 0;
      return idle[0] >= 3;
    });
    return this;
  }

  /**
   * Types into a text field, text area or number field and leaves it, as a person moving on does:
   * form-js keeps typed text for a moment before storing it and stores it at once when the field
   * loses the focus; a click elsewhere before then redraws the field with the old value.
   */
  public Tasklist write(String label, String value) {
    type(label, value);
    browser.script("arguments[0].blur()", field(label));
    return this;
  }

  /** Ticks the single checkbox labelled {@code label}, once it stands still (see {@link #pick}). */
  public Tasklist check(String label) {
    tickInput(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//label[starts-with(normalize-space(.), " + literal(label) + ")]"));
    return this;
  }

  /** Whether the form shows a field labelled {@code label} (a conditional field may be hidden). */
  public boolean shows(String label) {
    return !browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field')]//label[starts-with(normalize-space(.), "
        + literal(label) + ")]")).isEmpty();
  }

  /** The shown value of the read-only field labelled {@code label} (a context box at the top of a form). */
  public String readOnly(String label) {
    WebElement input = browser.find(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[self::input or self::textarea][@readonly]"));
    return input.getDomProperty("value");
  }

  /** Opens "Start process", picks {@code processName} and waits for its start form. */
  public Tasklist startForm(String processName) {
    browser.open(baseUrl + "/camunda/app/tasklist/default/");
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(., " + literal(processName) + ")]"));
    browser.waitUntil(d -> !d.findElements(By.cssSelector(FORM + " .fjs-form-field")).isEmpty());
    return this;
  }

  /**
   * Checks the open start form with axe-core, saves target/screenshots/{screenshot}.png, clicks
   * Start and waits until the engine has the instance of {@code processKey} with {@code businessKey}.
   */
  public org.camunda.bpm.engine.runtime.ProcessInstance start(String processKey, String businessKey, String screenshot) {
    List<String> violations = browser.seriousAccessibilityViolations(FORM);
    assertThat(violations).as("axe-core serious/critical violations in the start form for " + user).isEmpty();
    browser.screenshot(screenshot);
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));
    try {
      browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
          .processInstanceBusinessKey(businessKey).count() == 1);
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(screenshot + "-refused");
      throw new AssertionError(processKey + " was not started by " + user + "; the page says: "
          + browser.driver().findElement(By.tagName("body")).getText(), e);
    }
    browser.waitUntil(d -> d.findElements(By.cssSelector("[uib-modal-window]")).isEmpty());
    org.camunda.bpm.engine.runtime.ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
    org.camunda.bpm.model.bpmn.instance.StartEvent startEvent = engine.getRepositoryService()
        .getBpmnModelInstance(pi.getProcessDefinitionId()).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class)
        .stream().filter(e -> e.getCamundaFormRef() != null).findFirst().orElseThrow();
    WALKS.recordStart(processKey, startEvent.getId(), startEvent.getCamundaFormRef(), user, violations.size(), screenshot);
    return pi;
  }

  /** Adds a comment to the open task through the Tasklist's "Add Comment" and waits for it in the engine. */
  public Tasklist addComment(Task task, String message) {
    int before = engine.getTaskService().getTaskComments(task.getId()).size();
    browser.click(By.xpath("//a[contains(normalize-space(.), 'Add Comment')]"));
    browser.find(By.id("comment-form-message")).sendKeys(message);
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Save']"));
    browser.waitUntil(d -> engine.getTaskService().getTaskComments(task.getId()).size() == before + 1);
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
    browser.waitUntil(d -> !d.findElements(By.cssSelector(FORM + " .fjs-form-field")).isEmpty());
    return this;
  }

  /**
   * Sets the open task's due date ({@code link} "Set due date") or follow-up date ("Set follow-up
   * date") in the task header's date picker, as a person does: next month, {@code day}, at the time
   * the picker offers, then the tick. Waits until the engine has that date and returns it.
   */
  public java.time.LocalDate setTaskDate(Task task, String link, int day) {
    boolean due = link.contains("due");
    java.time.LocalDate wanted = java.time.LocalDate.now().plusMonths(1).withDayOfMonth(day);
    browser.click(By.xpath("//a[normalize-space(.)=" + literal(link) + "]"));
    String picker = "//*[contains(@class,'cam-widget-inline-field') and contains(@class,'datepicker')]";
    browser.click(By.xpath(picker + "//button[contains(@class,'uib-right')]"));
    browser.click(By.xpath(picker + "//button[.//span[normalize-space(.)=" + literal(String.format("%02d", day))
        + " and not(contains(@class,'text-muted'))]]"));
    browser.click(By.xpath("//*[contains(@class,'cam-widget-inline-field') and contains(@class,'btn-group')]"
        + "//button[.//span[contains(@class,'glyphicon-ok')]]"));
    try {
      browser.waitUntil(d -> {
        Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        java.util.Date date = due ? now.getDueDate() : now.getFollowUpDate();
        return date != null && wanted.equals(java.time.LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault()));
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(user + "-" + (due ? "due" : "follow-up") + "-date-not-set");
      throw new AssertionError("'" + link + "' did not set the date of '" + task.getName() + "' for " + user + "; the page says: "
          + browser.driver().findElement(By.tagName("body")).getText(), e);
    }
    browser.waitUntil(d -> !d.findElements(By.cssSelector(FORM + " .fjs-form-field")).isEmpty());
    return wanted;
  }

  /** The id of the Camunda Form the task shows (an expression formRef resolved, e.g. the Easy Read score sheet). */
  private String formOf(Task task) {
    try (java.io.InputStream in = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("id").asText(formKey(task));
    } catch (java.io.IOException | RuntimeException e) {
      return formKey(task);
    }
  }

  /** The Camunda Form the task's model names (camunda:formRef). */
  private String formKey(Task task) {
    org.camunda.bpm.model.bpmn.instance.UserTask element = engine.getRepositoryService()
        .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    return element == null || element.getCamundaFormRef() == null ? "" : element.getCamundaFormRef();
  }

  // ---- start forms, repeated fields and radio options (the Young Inspectors' and framework review walks)

  /** Opens "Start process" in the default view, picks the process by its name and waits for its start form. */
  public Tasklist openStartForm(String processName) {
    browser.open(baseUrl + "/camunda/app/tasklist/default/");
    browser.waitForText("My work");
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//*[@uib-modal-window or contains(@class,'modal')]//a[contains(normalize-space(.), " + literal(processName) + ")]"));
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".modal-dialog " + FORM + " .fjs-form-field")).isEmpty());
    return this;
  }

  /**
   * Checks the start form with axe-core, saves target/screenshots/{screenshot}.png, clicks Start
   * and waits until the start dialog has closed (a refused start keeps it open and fails here).
   */
  public Tasklist start(String processKey, String screenshot) {
    List<String> violations = browser.seriousAccessibilityViolations(".modal-dialog " + FORM);
    assertThat(violations).as("axe-core serious/critical violations in the start form for " + user).isEmpty();
    browser.screenshot(screenshot);
    browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//button[normalize-space(.)='Start']"));
    try {
      browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(screenshot + "-refused");
      throw new AssertionError("the start of " + processKey + " by " + user + " was refused; the page says: "
          + browser.driver().findElement(By.tagName("body")).getText(), e);
    }
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
    var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    String form = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
        .map(org.camunda.bpm.model.bpmn.instance.StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull).findFirst().orElse("");
    WALKS.recordStart(processKey, form, user, violations.size(), screenshot);
    return this;
  }

  /**
   * The editable inputs of every field labelled {@code label} (starting with it), in the order the
   * form shows them: for forms that repeat a field in groups ("Question 1", "Question 2"...).
   */
  public List<WebElement> fields(String label) {
    return browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field') and not(contains(@class,'fjs-form-field-group'))"
        + " and not(contains(@class,'fjs-form-field-dynamiclist'))][.//label[starts-with(normalize-space(.), " + literal(label) + ")]]"
        + "//*[self::input or self::textarea][not(@readonly)][not(@type='hidden')]")).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Types into the {@code index}-th (from 0) field labelled {@code label}. */
  public Tasklist type(String label, int index, String value) {
    List<WebElement> all = fields(label);
    assertThat(all).as("fields labelled '" + label + "'").hasSizeGreaterThan(index);
    WebElement input = all.get(index);
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    return this;
  }

  /** Picks the option {@code option} of the radio field (or checklist) labelled {@code label}. */
  public Tasklist pickOption(String label, String option) {
    browser.click(browser.find(By.xpath("//div[contains(@class,'fjs-form-field-radio') or contains(@class,'fjs-form-field-checklist')]"
        + "[.//label[starts-with(normalize-space(.), " + literal(label) + ")]]//label[starts-with(normalize-space(.), " + literal(option) + ")]")));
    return this;
  }

  /** Ticks the {@code index}-th (from 0) checkbox labelled {@code label} (e.g. "Done" beside each action). */
  public Tasklist tick(String label, int index) {
    List<WebElement> labels = browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//label[starts-with(normalize-space(.), "
        + literal(label) + ")]"));
    assertThat(labels).as("checkboxes labelled '" + label + "'").hasSizeGreaterThan(index);
    browser.click(labels.get(index));
    return this;
  }

  /** The text the form shows: read-only values and texts, as the person reads them (one round trip). */
  public String formText() {
    return (String) browser.script("const form = document.querySelector(arguments[0]);"
        + "return form.innerText + '\\n' + Array.from(form.querySelectorAll('input[readonly], textarea[readonly]'))"
        + ".map(e => e.value).join('\\n');", FORM);
  }

  /** An XPath string literal for any text (quotes included). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  // ---- lists (dynamiclist) row by row (TenderWalkTest)

  /**
   * The rows of the list labelled {@code listLabel} (form-js dynamiclist), expanded first when
   * form-js shows only the first few.
   */
  public List<WebElement> rows(String listLabel) {
    String list = "//div[contains(@class,'fjs-form-field-dynamiclist')][.//*[starts-with(normalize-space(.), " + literal(listLabel) + ")]]";
    for (WebElement expand : browser.driver().findElements(By.xpath(list + "//button[contains(@class,'fjs-repeat-render-collapse')]"))) {
      if (expand.getText().toLowerCase().contains("expand")) {
        browser.click(expand);
      }
    }
    return browser.driver().findElements(By.xpath(list + "//div[contains(@class,'fjs-repeat-row-container')]"));
  }

  /** Clicks "Add new" under the list labelled {@code listLabel} and returns its rows. */
  public List<WebElement> addRow(String listLabel) {
    int before = rows(listLabel).size();
    browser.click(browser.find(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')][.//*[starts-with(normalize-space(.), "
        + literal(listLabel) + ")]]//button[contains(@class,'fjs-repeat-render-add')]")));
    browser.waitUntil(d -> rows(listLabel).size() == before + 1);
    return rows(listLabel);
  }

  /** The editable input or text area labelled {@code label} in one row of a list (the label's {@code for}). */
  public WebElement fieldIn(WebElement row, String label) {
    List<WebElement> labels = row.findElements(By.xpath(".//label[@for][" + sameLabel(label) + "]"));
    if (labels.isEmpty()) {
      labels = row.findElements(By.xpath(".//label[@for][starts-with(normalize-space(.), " + literal(label) + ")]"));
    }
    assertThat(labels).as("a field labelled '" + label + "' in the row").isNotEmpty();
    return row.findElement(By.xpath(".//*[self::input or self::textarea][not(@readonly)][@id=" + literal(labels.get(0).getDomAttribute("for")) + "]"));
  }

  /** An XPath test: the label reads {@code label}, with or without the required marker. */
  private static String sameLabel(String label) {
    return "normalize-space(.)=" + literal(label) + " or normalize-space(.)=" + literal(label + "*")
        + " or normalize-space(.)=" + literal(label + " *");
  }

  /** Types into the field labelled {@code label} in one row of a list (replacing what is there). */
  public Tasklist typeIn(WebElement row, String label, String value) {
    return typeInto(() -> fieldIn(row, label), label, value);
  }

  /** Types {@code value} into the {@code index}th input labelled {@code label} of the list {@code listLabel}. */
  public Tasklist typeInColumn(String listLabel, String label, int index, String value) {
    return typeInto(() -> column(listLabel, label).get(index), label + " (row " + (index + 1) + ")", value);
  }

  private Tasklist typeInto(java.util.function.Supplier<WebElement> field, String label, String value) {
    // a list row drawn again while typing (after the previous field's value is stored) shows the
    // stored value: type, leave the field, and type again if the row was drawn again
    for (int attempt = 1; ; attempt++) {
      WebElement input = field.get();
      browser.click(input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(value);
      browser.script("arguments[0].blur()", input);
      try {
        browser.waitUntil(d -> value.equals(field.get().getDomProperty("value")));
        return this;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          assertThat(field.get().getDomProperty("value")).as("'" + label + "' as typed").isEqualTo(value);
        }
      }
    }
  }

  /**
   * The editable inputs labelled {@code label} in every row of the list labelled {@code listLabel},
   * in order. Lists without "Add new" have no element per row, so they are read column by column.
   */
  public List<WebElement> column(String listLabel, String label) {
    List<WebElement> labels = browser.driver().findElements(By.xpath(LIST + "[.//*[starts-with(normalize-space(.), " + literal(listLabel)
        + ")]]//label[@for][" + sameLabel(label) + "]"));
    return labels.stream().map(l -> browser.driver().findElement(By.id(l.getDomAttribute("for")))).toList();
  }

  /** The option labelled {@code option} of the radio group labelled {@code label}, in every row of the list. */
  public List<WebElement> optionColumn(String listLabel, String label, String option) {
    return browser.driver().findElements(By.xpath(LIST + "[.//*[starts-with(normalize-space(.), " + literal(listLabel)
        + ")]]//div[contains(@class,'fjs-form-field-radio')][.//*[" + sameLabel(label) + "]]//label[normalize-space(.)="
        + literal(option) + "]"));
  }

  private static final String LIST = "//div[contains(@class,'fjs-form-field-dynamiclist')]";

  /** Ticks the checkbox or radio option labelled {@code label} in one row of a list. */
  public Tasklist tickIn(WebElement row, String label) {
    browser.click(row.findElement(By.xpath(".//label[starts-with(normalize-space(.), " + literal(label) + ")]")));
    return this;
  }

  /** Picks {@code option} in the dropdown labelled {@code label} in one row of a list. */
  public Tasklist chooseIn(WebElement row, String label, String option) {
    browser.click(row.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[contains(@class,'fjs-input-group')]")));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), " + literal(option) + ")]"));
    return this;
  }

  /** The text of the read-only field labelled {@code label} in one row of a list. */
  public String shownIn(WebElement row, String label) {
    return row.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.), "
        + literal(label) + ")]]//*[self::input or self::textarea]")).getDomProperty("value");
  }
}
