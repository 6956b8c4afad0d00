package org.withme.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.withme.notification.MailProperties;
import org.withme.notification.Mailer;
import org.withme.notification.OutgoingMail;
import org.withme.support.WithMeTest;

/**
 * Two WithMe nodes (two process engines, each with its own connection pool) on one PostgreSQL
 * database run the same reminder jobs at the same moment; then both stop and a third starts (a
 * restart). Every reminder reaches each recipient exactly once. The overlap is forced, not hoped
 * for: one node is held inside the job (rendering the reminder, or handing a mail to the SMTP
 * server) until the other has finished its attempt, and the test asserts which node won and how
 * exactly the other failed. A second test lets both nodes' real job executors (acquisition and
 * locking) run the reminders of many tasks and shows both nodes sent mail, none twice. Uses the
 * machine's PostgreSQL (127.0.0.1:5432) with a fresh database per test, dropped afterwards.
 */
@WithMeTest
class ReminderTwoNodesPostgresTest {

  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String KEY = "reminder-two-nodes";
  static final List<String> PEOPLE = List.of("nina@two-nodes.example.org", "omar@two-nodes.example.org");

  @Autowired GreenMail smtp;

  String database;
  final List<ProcessEngine> engines = new ArrayList<>();
  final List<HikariDataSource> pools = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    database = "withme_reminders_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(ADMIN_URL, user(), ""); Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    HikariDataSource migrate = pool();
    Flyway.configure().dataSource(migrate).locations("classpath:db/migration").table("withme_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    ClockUtil.reset();
    engines.forEach(ProcessEngine::close);
    pools.forEach(HikariDataSource::close);
    try (Connection c = DriverManager.getConnection(ADMIN_URL, user(), ""); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void twoNodesAndARestartSendEachReminderOnce() throws Exception {
    Hold renderingOnA = new Hold();
    Hold sendingOnA = new Hold();
    ProcessEngine nodeA = node("withme-node-a", renderingOnA, sendingOnA, m -> {});
    ProcessEngine nodeB = node("withme-node-b", null, null, m -> {});
    setUp(nodeA);

    Instant start = Instant.parse("2031-05-04T09:00:00Z");
    Instant due = start.plus(Duration.ofDays(10));
    ClockUtil.setCurrentTime(Date.from(start));
    String ref = "TWO-NODES-" + UUID.randomUUID().toString().substring(0, 8);
    nodeA.getRuntimeService().startProcessInstanceByKey(KEY, ref, Map.of("due", Date.from(due)));

    // seven days before: A takes the reminder and is held while rendering it; B runs it meanwhile
    // and wins; A then finds the mails decided already and fails deleting the timer B deleted
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    List<Job> reminders = executable(nodeA);
    assertThat(reminders).hasSize(1);
    Race reminder = race(nodeA, renderingOnA, nodeB, reminders.get(0).getId());
    assertThat(reminder.second()).as("B, while A was held").isNull();
    assertThat(reminder.first()).as("A, after B had committed").isInstanceOf(OptimisticLockingException.class);
    assertThat(status(ref)).containsOnly("pending").hasSize(2);
    List<Job> sending = executable(nodeA);
    assertThat(sending).hasSize(2).allMatch(j -> Reminders.MAIL_JOB.equals(jobHandler(j)));

    // each mail: A claims it and is held inside the SMTP hand-over; B meanwhile finds the claim
    // and fails with exactly that refusal; A delivers, and its own job's end then fails on the
    // failure B recorded on the job, which stays for a harmless next run
    for (Job send : sending) {
      String mailId = jobConfiguration(send);
      Race mail = race(nodeA, sendingOnA, nodeB, send.getId());
      assertThat(mail.second()).as("B, while A held the claim").isInstanceOf(IllegalStateException.class)
          .hasMessage("The reminder mail " + mailId + " is being sent by another node");
      assertThat(mail.first()).as("A, whose job B had marked failed").isInstanceOf(OptimisticLockingException.class);
    }
    // before any restart: delivered, once to each, and marked sent
    assertThat(recipients(ref, "in 7 days")).containsExactlyInAnyOrderElementsOf(PEOPLE);
    assertThat(status(ref)).containsOnly("sent").hasSize(2);

    // restart: both nodes stop, a new one starts on the same database and runs whatever is left
    nodeA.close();
    nodeB.close();
    ProcessEngine restarted = node("withme-node-c", null, null, m -> {});
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(6))));
    runAll(restarted);
    assertThat(executable(restarted)).isEmpty();
    assertThat(recipients(ref, "in 7 days")).containsExactlyInAnyOrderElementsOf(PEOPLE);

    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(1)).plusSeconds(60)));
    runAll(restarted);
    assertThat(recipients(ref, "tomorrow")).containsExactlyInAnyOrderElementsOf(PEOPLE);
    assertThat(recipients(ref, "in 7 days")).containsExactlyInAnyOrderElementsOf(PEOPLE);
  }

  /**
   * Both nodes' job executors acquire and lock the jobs themselves. A's first mail is held at the
   * SMTP hand-over until B has sent one, so both nodes provably take part; every reminder still
   * reaches each recipient exactly once.
   */
  @Test
  void bothNodesJobExecutorsShareTheRemindersAndNoneIsSentTwice() throws Exception {
    List<String> sentByA = Collections.synchronizedList(new ArrayList<>());
    List<String> sentByB = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch bSent = new CountDownLatch(1);
    CountDownLatch aHeld = new CountDownLatch(1);
    ProcessEngine nodeA = node("withme-node-a", null, null, mail -> {
      if (aHeld.getCount() > 0) {
        aHeld.countDown();
        await(bSent, "node B's first mail while node A is held");
      }
      sentByA.add(mail.to().get(0) + " " + mail.subject());
    });
    ProcessEngine nodeB = node("withme-node-b", null, null, mail -> {
      sentByB.add(mail.to().get(0) + " " + mail.subject());
      bSent.countDown();
    });
    setUp(nodeA);

    Instant start = Instant.parse("2031-06-02T09:00:00Z");
    Instant due = start.plus(Duration.ofDays(10));
    ClockUtil.setCurrentTime(Date.from(start));
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String ref = "EXECUTORS-" + UUID.randomUUID().toString().substring(0, 8);
      refs.add(ref);
      nodeA.getRuntimeService().startProcessInstanceByKey(KEY, ref, Map.of("due", Date.from(due)));
    }
    int before = smtp.getReceivedMessages().length;
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    for (ProcessEngine node : List.of(nodeA, nodeB)) {
      ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getJobExecutor().start();
    }
    int expected = refs.size() * PEOPLE.size();
    assertThat(smtp.waitForIncomingEmail(60_000, before + expected)).as("all reminders delivered").isTrue();
    assertThat(aHeld.getCount()).as("node A sent mail").isZero();
    assertThat(sentByB).as("node B sent mail").isNotEmpty();
    // a mail reaches the SMTP server before its sender marks it sent in its own transaction
    long until = System.currentTimeMillis() + 30_000;
    while (refs.stream().anyMatch(ref -> !status(ref).stream().allMatch("sent"::equals)) && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    for (String ref : refs) {
      assertThat(recipients(ref, "in 7 days")).as(ref).containsExactlyInAnyOrderElementsOf(PEOPLE);
      assertThat(status(ref)).as(ref).containsOnly("sent").hasSize(2);
    }
    List<String> all = new ArrayList<>(sentByA);
    all.addAll(sentByB);
    assertThat(all).hasSize(expected).doesNotHaveDuplicates();
    assertThat(sentByA).isNotEmpty();
  }

  // ------------------------------------------------------------------ helpers

  void setUp(ProcessEngine node) {
    for (String id : List.of("nina", "omar")) {
      User u = node.getIdentityService().newUser(id);
      u.setFirstName(id);
      u.setLastName("Tester");
      u.setEmail(id + "@two-nodes.example.org");
      node.getIdentityService().saveUser(u);
    }
    node.getIdentityService().saveGroup(node.getIdentityService().newGroup("commissioners"));
    node.getIdentityService().createMembership("nina", "commissioners");
    node.getIdentityService().createMembership("omar", "commissioners");
    node.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).name("Two nodes").camundaHistoryTimeToLive(30).startEvent()
            .userTask("DoIt").name("Agree the specification").camundaCandidateGroups("commissioners")
            .camundaDueDate("${due}").endEvent().done()).deploy();
  }

  /** Holds node A inside a job at one point until node B's attempt at the same job is over. */
  static final class Hold {
    volatile CountDownLatch reached;
    volatile CountDownLatch release;

    void arm() {
      reached = new CountDownLatch(1);
      release = new CountDownLatch(1);
    }

    void here() {
      CountDownLatch r = reached;
      if (r != null && r.getCount() > 0) {
        r.countDown();
        ReminderTwoNodesPostgresTest.await(release, "the other node's attempt");
      }
    }
  }

  /** What each node's executeJob threw (null: it succeeded). */
  record Race(Throwable first, Throwable second) {}

  /** A runs the job and is held at {@code hold}; then B runs the same job to its end; then A goes on. */
  Race race(ProcessEngine a, Hold hold, ProcessEngine b, String jobId) throws Exception {
    hold.arm();
    CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> run(a, jobId));
    await(hold.reached, "node A inside the job");
    Throwable second = run(b, jobId);
    hold.release.countDown();
    return new Race(first.get(60, TimeUnit.SECONDS), second);
  }

  static Throwable run(ProcessEngine node, String jobId) {
    try {
      node.getManagementService().executeJob(jobId);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  static void await(CountDownLatch latch, String what) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for " + what);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  void runAll(ProcessEngine node) {
    for (int round = 0; round < 3; round++) {
      for (Job job : executable(node)) {
        node.getManagementService().executeJob(job.getId());
      }
    }
  }

  List<Job> executable(ProcessEngine node) {
    return node.getManagementService().createJobQuery().executable().list();
  }

  String jobHandler(Job job) {
    return new JdbcTemplate(pools.get(0)).queryForObject("select HANDLER_TYPE_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
  }

  String jobConfiguration(Job job) {
    return new JdbcTemplate(pools.get(0)).queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
  }

  List<String> status(String ref) {
    return new JdbcTemplate(pools.get(0)).queryForList("select status from wm_reminder_mail where business_key = ?", String.class, ref);
  }

  List<String> recipients(String ref, String when) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String subject = m.getSubject();
      if (subject != null && subject.contains("(" + ref + ")") && subject.contains(when)) {
        Arrays.stream(m.getAllRecipients()).forEach(r -> to.add(r.toString()));
      }
    }
    return to;
  }

  /** A node; {@code rendering} and {@code sending} hold it inside a reminder or a mail job, {@code sent} sees each mail. */
  ProcessEngine node(String name, Hold rendering, Hold sending, Consumer<OutgoingMail> sent) {
    HikariDataSource dataSource = pool();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    Mailer mailer = new Mailer(sender, new MailProperties("withme@two-nodes.example.org", null)) {
      @Override
      public void send(OutgoingMail mail) {
        if (sending != null) {
          sending.here();
        }
        sent.accept(mail);
        super.send(mail);
      }
    };
    ReminderMails mails = new ReminderMails("http://localhost:8080", ZoneId.of("UTC")) {
      @Override
      Rendered render(Facts facts) {
        if (rendering != null) {
          rendering.here();
        }
        return super.render(facts);
      }
    };
    Reminders reminders = new Reminders(ReminderProperties.defaults(), new ReminderRecords(dataSource, transactions), mails, mailer);

    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactions);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false); // the second test starts them itself
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setWaitTimeInMillis(200);
    executor.setMaxWait(1000);
    executor.setLockTimeInMillis(60_000);
    configuration.setJobExecutor(executor);
    configuration.setHistory("full");
    configuration.getProcessEnginePlugins().add(new ReminderPlugin(reminders));
    ProcessEngine engine = configuration.buildProcessEngine();
    engines.add(engine);
    return engine;
  }

  HikariDataSource pool() {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + database);
    ds.setUsername(user());
    ds.setMaximumPoolSize(4);
    pools.add(ds);
    return ds;
  }

  static String user() {
    return System.getenv().getOrDefault("WITHME_TEST_PG_USER", "postgres");
  }
}
