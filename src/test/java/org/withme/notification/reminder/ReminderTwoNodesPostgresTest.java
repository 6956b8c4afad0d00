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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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
import org.withme.support.WithMeTest;

/**
 * Two WithMe nodes (two process engines, each with its own connection pool) on one PostgreSQL
 * database run the same reminder jobs at the same moment; then both stop and a third starts (a
 * restart). Every reminder reaches each recipient exactly once. Uses the machine's PostgreSQL
 * (127.0.0.1:5432) with a fresh database per run, dropped afterwards.
 */
@WithMeTest
class ReminderTwoNodesPostgresTest {

  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String KEY = "reminder-two-nodes";

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
    ProcessEngine nodeA = node("withme-node-a");
    ProcessEngine nodeB = node("withme-node-b");
    for (String id : List.of("nina", "omar")) {
      User u = nodeA.getIdentityService().newUser(id);
      u.setFirstName(id);
      u.setLastName("Tester");
      u.setEmail(id + "@two-nodes.example.org");
      nodeA.getIdentityService().saveUser(u);
    }
    nodeA.getIdentityService().saveGroup(nodeA.getIdentityService().newGroup("commissioners"));
    nodeA.getIdentityService().createMembership("nina", "commissioners");
    nodeA.getIdentityService().createMembership("omar", "commissioners");
    nodeA.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).name("Two nodes").camundaHistoryTimeToLive(30).startEvent()
            .userTask("DoIt").name("Agree the specification").camundaCandidateGroups("commissioners")
            .camundaDueDate("${due}").endEvent().done()).deploy();

    Instant start = Instant.parse("2031-05-04T09:00:00Z");
    Instant due = start.plus(Duration.ofDays(10));
    ClockUtil.setCurrentTime(Date.from(start));
    String ref = "TWO-NODES-" + UUID.randomUUID().toString().substring(0, 8);
    nodeA.getRuntimeService().startProcessInstanceByKey(KEY, ref, Map.of("due", Date.from(due)));

    // seven days before: both nodes pick up the same reminder, then the same sending jobs, at once
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    List<Job> reminders = executable(nodeA);
    assertThat(reminders).hasSize(1);
    bothAtOnce(nodeA, nodeB, reminders.get(0).getId());
    assertThat(rows(nodeA)).isEqualTo(2);
    for (Job send : executable(nodeA)) {
      bothAtOnce(nodeA, nodeB, send.getId());
    }

    // restart: both nodes stop, a new one starts on the same database and runs whatever is left
    nodeA.close();
    nodeB.close();
    ProcessEngine restarted = node("withme-node-c");
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(6))));
    runAll(restarted);
    assertThat(recipients(ref, "in 7 days")).containsExactlyInAnyOrder("nina@two-nodes.example.org", "omar@two-nodes.example.org");

    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(1)).plusSeconds(60)));
    runAll(restarted);
    assertThat(recipients(ref, "tomorrow")).containsExactlyInAnyOrder("nina@two-nodes.example.org", "omar@two-nodes.example.org");
    assertThat(recipients(ref, "in 7 days")).hasSize(2);
  }

  void bothAtOnce(ProcessEngine a, ProcessEngine b, String jobId) throws InterruptedException {
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(2);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (ProcessEngine node : List.of(a, b)) {
      new Thread(() -> {
        try {
          go.await();
          node.getManagementService().executeJob(jobId);
        } catch (Throwable t) {
          failures.add(t); // the loser of the race: optimistic locking, unique constraint or a held claim
        } finally {
          done.countDown();
        }
      }).start();
    }
    go.countDown();
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    // the loser fails (and may make the winner's job deletion fail too): the job stays and runs again later
    failures.forEach(f -> System.out.println("Concurrent execution of " + jobId + " refused: " + f));
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

  int rows(ProcessEngine node) {
    return new JdbcTemplate(pools.get(0)).queryForObject("select count(*) from wm_reminder_mail", Integer.class);
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

  ProcessEngine node(String name) {
    HikariDataSource dataSource = pool();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    Mailer mailer = new Mailer(sender, new MailProperties("withme@two-nodes.example.org", null));
    Reminders reminders = new Reminders(ReminderProperties.defaults(), new ReminderRecords(dataSource, transactions),
        new ReminderMails("http://localhost:8080", ZoneId.of("UTC")), mailer);

    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactions);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
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
