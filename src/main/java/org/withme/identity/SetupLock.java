package org.withme.identity;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs start-up work in one transaction holding the row lock of wm_setup_lock, so several nodes
 * starting at once on one database do it one at a time. The engine's calls join the transaction
 * (Spring-managed engine), so the next node sees everything the first committed.
 */
@Component
public class SetupLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  public SetupLock(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(transactionManager);
  }

  public void run(Runnable work) {
    transactions.executeWithoutResult(status -> {
      jdbc.queryForObject("select id from wm_setup_lock where id = 1 for update", Integer.class);
      work.run();
    });
  }
}
