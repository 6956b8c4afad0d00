package org.withme.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import com.zaxxer.hikari.HikariDataSource;

/** A real PostgreSQL server for the test run, closed with the context so the JVM exits at once. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres").password("postgres")
        .build();
    // fail fast rather than wait 30 s when the server is already gone at shutdown
    dataSource.setConnectionTimeout(5000);
    return dataSource;
  }
}
