package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Several nodes starting at the same moment on an empty database all start, and groups, grants
 * and Tasklist filters are created once: each node's start-up work runs under WithMe's setup lock.
 * Two engines on one fresh database of the machine's PostgreSQL run it at the same instant
 * (released together by a barrier), three times over.
 */
class SetupTwoNodesPostgresTest {

  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  String database;
  final List<ProcessEngine> engines = new ArrayList<>();
  final List<HikariDataSource> pools = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    database = "withme_setup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(ADMIN_URL, user(), ""); Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    Flyway.configure().dataSource(pool()).locations("classpath:db/migration").table("withme_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    engines.forEach(ProcessEngine::close);
    pools.forEach(HikariDataSource::close);
    try (Connection c = DriverManager.getConnection(ADMIN_URL, user(), ""); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void twoNodesStartingAtOnceOnAnEmptyDatabaseBothStartAndCreateEverythingOnce() throws Exception {
    List<Node> nodes = List.of(node("withme-setup-a"), node("withme-setup-b"));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> starts = new ArrayList<>();
        for (Node n : nodes) {
          starts.add(threads.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            n.lock().run(n.setup()::run);
            return null;
          }));
        }
        for (Future<?> start : starts) {
          start.get(120, TimeUnit.SECONDS); // throws if that node's start failed
        }
      }
    } finally {
      threads.shutdownNow();
    }
    JdbcTemplate jdbc = new JdbcTemplate(pools.get(0));
    int groups = WithMeGroup.values().length + 1; // and camunda-admin
    assertThat(jdbc.queryForObject("select count(*) from act_id_group", Integer.class)).isEqualTo(groups);
    assertThat(jdbc.queryForList("select name_ from act_ru_filter group by name_ having count(*) > 1", String.class))
        .as("filters made twice").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class)).isEqualTo(4 + WithMeGroup.values().length);
    assertThat(jdbc.queryForList("select group_id_ || ' ' || resource_type_ || ' ' || resource_id_ from act_ru_authorization"
        + " group by group_id_, resource_type_, resource_id_ having count(*) > 1", String.class)).as("grants made twice").isEmpty();
  }

  record Node(IdentitySetup setup, SetupLock lock) {}

  Node node(String name) {
    HikariDataSource dataSource = pool();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactions);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin"); // as application.yaml
    ProcessEngine engine = configuration.buildProcessEngine();
    engines.add(engine);
    return new Node(new IdentitySetup(engine), new SetupLock(dataSource, transactions));
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
