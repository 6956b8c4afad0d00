package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that replaces Young Inspectors' dates of birth by age bands, run on a database
 * that holds inspectors from before it, on H2 and on PostgreSQL.
 */
class AgeBandMigrationTest {

  @Test
  void onH2() {
    migrate(new DriverManagerDataSource("jdbc:h2:mem:age-band-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  /** On the machine's PostgreSQL (127.0.0.1:5432), in a database of its own, dropped afterwards. */
  @Test
  void onPostgresql() throws Exception {
    String admin = "jdbc:postgresql://127.0.0.1:5432/test";
    String user = System.getenv().getOrDefault("WITHME_TEST_PG_USER", "postgres");
    String database = "withme_age_bands_" + System.nanoTime();
    try (var c = java.sql.DriverManager.getConnection(admin, user, ""); var st = c.createStatement()) {
      st.execute("create database " + database);
    }
    try {
      migrate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/" + database, user, ""));
    } finally {
      try (var c = java.sql.DriverManager.getConnection(admin, user, ""); var st = c.createStatement()) {
        st.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  private void migrate(DriverManagerDataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10.1").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    LocalDate today = LocalDate.now();
    Map<String, LocalDate> born = Map.of(
        "ten-today", today.minusYears(10),
        "eleven-tomorrow", today.minusYears(11).plusDays(1),
        "fifteen", today.minusYears(15).minusMonths(3),
        "seventeen-eleven-months", today.minusYears(18).plusDays(1),
        "eighteen-today", today.minusYears(18),
        "twenty-four", today.minusYears(24));
    born.forEach((user, dateOfBirth) -> jdbc.update("""
        insert into wm_young_inspector (user_id, display_name, date_of_birth, last_trained_on, refresher_due_on, active, updated_at)
        values (?, ?, ?, ?, ?, true, current_timestamp)""", user, user, java.sql.Date.valueOf(dateOfBirth),
        java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusYears(1))));

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    Map<String, String> bands = new java.util.HashMap<>();
    jdbc.query("select user_id, age_band from wm_young_inspector", rs -> {
      bands.put(rs.getString(1), rs.getString(2));
    });
    assertThat(bands).containsOnly(
        Map.entry("ten-today", "8-10"),
        Map.entry("eleven-tomorrow", "8-10"),
        Map.entry("fifteen", "11-15"),
        Map.entry("seventeen-eleven-months", "16-17"),
        Map.entry("eighteen-today", "18-25"),
        Map.entry("twenty-four", "18-25"));
    assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where lower(table_name) = 'wm_young_inspector'"
        + " and lower(column_name) = 'date_of_birth'", Integer.class)).isZero();
  }
}
